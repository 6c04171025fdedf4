using Lucene.Net.Analysis.TokenAttributes;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>Software-copyright numbers (软著) are codes like patent numbers: every usual form one code, a lookup finding its holders only.</summary>
public sealed class SoftwareCopyrightSearchTests(SeededIndexFixture fixture) : IClassFixture<SeededIndexFixture>
{
    [Theory]
    [InlineData("登记号：2023SR0123456", "2023sr0123456")]
    [InlineData("2023sr0123456", "2023sr0123456")]
    [InlineData("2023-SR-0123456", "2023sr0123456")]
    [InlineData("２０２３ＳＲ０１２３４５６", "2023sr0123456")]
    [InlineData("2011SR012345", "2011sr012345")]
    [InlineData("软著登字第1234567号", "rz1234567")]
    [InlineData("证书号 软著登字第1234567", "rz1234567")]
    [InlineData("ZL202310123456.7", "zl202310123456")]
    public void CodesField_NumberAnyForm_OneCode(string text, string code) => Assert.Contains(code, Codes(text));

    [Theory]
    [InlineData("1234567")]
    [InlineData("2023sr01")]
    [InlineData("1899SR0123456")]
    public void CodesField_NotASoftwareCopyrightNumber_NoCode(string text) =>
        Assert.DoesNotContain(Codes(text), c => SoftwareCopyrightNumbers.IsCode(c));

    [Theory]
    [InlineData("软著登字第9286523号")]
    [InlineData("软件著作权 软著登字第9286523号")]
    [InlineData("软著登字第9286523")]
    public async Task Run_CertificateNumberAnyForm_FindsOnlyItsHolders(string typed)
    {
        var expected = await HoldersAsync("软著登字第9286523号");

        var request = new SearchRequest(typed, [ListingKind.Achievement]) { CollapseDuplicates = false };
        var result = await fixture.Harness.Pipeline.RunAsync(request, default);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Count, result.TotalCount);
        Assert.Equal([typed.Split(' ').Last()], result.Hits[0].Explanation.MatchedTerms);
    }

    [Theory]
    [InlineData("2023SR0123456")]
    [InlineData("软著登字第1000000号")]
    public async Task Run_UnknownSoftwareCopyrightNumber_FindsNothingRatherThanItsDigits(string typed)
    {
        var result = await fixture.Harness.Pipeline.RunAsync(new SearchRequest(typed, []), default);

        Assert.Equal(0, result.TotalCount);
    }

    private static List<string> Codes(string text)
    {
        using var analyzer = new CodeAnalyzer();
        using var stream = analyzer.GetTokenStream(FieldNames.Codes, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var codes = new List<string>();
        while (stream.IncrementToken())
        {
            codes.Add(term.ToString());
        }

        stream.End();
        return codes;
    }

    private async Task<List<Guid>> HoldersAsync(string ipNumber)
    {
        using var scope = fixture.Harness.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return await db.Achievements.Where(a => a.IpNumber == ipNumber).Select(a => a.Id).ToListAsync();
    }
}
