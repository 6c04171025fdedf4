using Matchmaking.Core.Domain;
using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

public sealed class SeedReaderTests
{
    [Fact]
    public async Task Read_WrittenSet_EveryRecordValidatesAndEveryLinkResolves()
    {
        using var temp = new TempDirectory();
        SeedSize size = SeedSize.ForListings(1_200);
        await SeedWriter.WriteAsync(temp.Path, size, 3, null, CancellationToken.None);

        var institutions = SeedReader.Read<Institution>(Path.Combine(temp.Path, SeedWriter.Institutions)).ToList();
        var enterprises = SeedReader.Read<Enterprise>(Path.Combine(temp.Path, SeedWriter.Enterprises)).ToList();
        var demands = SeedReader.Read<Demand>(Path.Combine(temp.Path, SeedWriter.Demands)).ToList();
        var achievements = SeedReader.Read<Achievement>(Path.Combine(temp.Path, SeedWriter.Achievements)).ToList();
        var experts = SeedReader.Read<Expert>(Path.Combine(temp.Path, SeedWriter.Experts)).ToList();

        Assert.Equal(size.Institutions, institutions.Count);
        Assert.Equal(size.Demands, demands.Count);
        var institutionIds = institutions.Select(i => i.Id).ToHashSet();
        var enterpriseIds = enterprises.Select(e => e.Id).ToHashSet();
        var expertIds = experts.Select(e => e.Id).ToHashSet();
        foreach (Enterprise e in enterprises)
        {
            ListingValidator.Validate(e);
            Assert.True(CreditCode.IsValid(e.CreditCode), e.CreditCode);
        }

        foreach (Demand d in demands)
        {
            ListingValidator.Validate(d, SeedGenerator.ReferenceDate, checkDeadline: d.Status == DemandStatus.Open);
            Assert.Contains(d.EnterpriseId, enterpriseIds);
            Assert.InRange(d.Keywords.Count, 3, 6);
        }

        foreach (Achievement a in achievements)
        {
            ListingValidator.Validate(a);
            Assert.Contains(a.InstitutionId!.Value, institutionIds);
            Assert.InRange(a.TeamExpertIds.Count, 1, 4);
            Assert.All(a.TeamExpertIds, id => Assert.Contains(id, expertIds));
        }

        foreach (Expert e in experts)
        {
            ListingValidator.Validate(e);
            Assert.Contains(e.InstitutionId!.Value, institutionIds);
        }

        var all = institutions.Select(i => i.Id).Concat(enterpriseIds).Concat(demands.Select(d => d.Id))
            .Concat(achievements.Select(a => a.Id)).Concat(expertIds).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Read_WrittenSet_ShareOfClosedDemandsIsAboutOneTenth()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Path, SeedSize.ForListings(3_000), 5, null, CancellationToken.None);

        var demands = SeedReader.Read<Demand>(Path.Combine(temp.Path, SeedWriter.Demands)).ToList();

        Assert.InRange(demands.Count(d => d.Status == DemandStatus.Closed) / (double)demands.Count, 0.05, 0.15);
    }

    [Fact]
    public void Read_MalformedLine_ThrowsWithFileAndLineNumber()
    {
        using var temp = new TempDirectory();
        string path = temp.Sub("broken.jsonl");
        File.WriteAllText(path, "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"name\":\"甲\"}\n\n{not json\n");

        var error = Assert.Throws<InvalidDataException>(() => SeedReader.Read<Institution>(path).ToList());

        Assert.Contains("broken.jsonl:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrittenInstitutions_YieldsTheSameAsRead()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Path, SeedSize.ForListings(600), 2, null, CancellationToken.None);
        string path = Path.Combine(temp.Path, SeedWriter.Institutions);

        var names = new List<string>();
        await foreach (Institution i in SeedReader.ReadAsync<Institution>(path))
        {
            names.Add(i.Name);
        }

        Assert.Equal(SeedReader.Read<Institution>(path).Select(i => i.Name), names);
    }
}
