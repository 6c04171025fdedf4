using System.Globalization;
using Bogus;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Seed.Vocabulary;

namespace Matchmaking.Core.Seed;

/// <summary>Where an enterprise sits and how big it is; demands read it to describe their owner.</summary>
internal sealed record EnterpriseProfile(City City, EnterpriseSize Size, int Founded, string TradeName)
{
    public static EnterpriseProfile Of(int seed, int enterprise)
    {
        Randomizer random = SeedHash.Random(seed, SeedStream.EnterprisePlace, enterprise);
        City city = Places.Pick(random);
        var size = random.WeightedRandom(
            [EnterpriseSize.Micro, EnterpriseSize.Small, EnterpriseSize.Medium, EnterpriseSize.Large],
            [0.2f, 0.4f, 0.28f, 0.12f]);
        string trade = string.Concat(
            random.ArrayElement(Organisations.TradeFirst.ToCharArray()),
            random.ArrayElement(Organisations.TradeSecond.ToCharArray()));
        return new(city, size, random.Number(1998, 2023), trade);
    }

    public string SizeWord => Size switch
    {
        EnterpriseSize.Micro => "初创型科技企业",
        EnterpriseSize.Small => "科技型中小企业",
        EnterpriseSize.Medium => "国家高新技术企业",
        _ => "行业骨干企业",
    };
}

/// <summary>Writes enterprises (企业) with valid unified social credit codes.</summary>
internal static class EnterpriseComposer
{
    public static Enterprise Compose(SeedPlan plan, int index, Randomizer random, Bogus.DataSets.Name names)
    {
        Industry industry = SeedPlan.EnterpriseIndustry(index);
        EnterpriseProfile profile = EnterpriseProfile.Of(plan.Seed, index);
        string name = profile.City.Short + profile.TradeName + random.ArrayElement(Organisations.NameWords(industry))
            + random.ArrayElement([.. Organisations.CompanyForms]);
        var products = TopicCatalog.All.Where(t => t.Industry == industry)
            .Select(t => random.ArrayElement(t.Objects)).ToArray();
        string main = string.Join("、", random.Shuffle(products).Take(2));
        int staff = profile.Size switch
        {
            EnterpriseSize.Micro => random.Number(5, 20),
            EnterpriseSize.Small => random.Number(20, 120),
            EnterpriseSize.Medium => random.Number(120, 800),
            _ => random.Number(800, 6000),
        };
        string description = random.Number(2) switch
        {
            0 => $"{name}成立于{profile.Founded}年，注册地位于{profile.City.Region}，是一家专注于{main}的{profile.SizeWord}，现有员工{staff}人，其中研发人员约{Math.Max(2, staff / 6)}人。",
            1 => $"公司主营{main}等产品的研发、生产与销售，属于{industry.Chinese()}产业，{profile.SizeWord}，员工{staff}人。",
            _ => $"{profile.City.Region}{profile.SizeWord}，{profile.Founded}年成立，主要产品为{main}，客户覆盖长三角及全国主要省份。",
        };
        DateTimeOffset created = SeedClock.Before(random, 1_500);
        return new Enterprise
        {
            Id = SeedHash.Id(plan.Seed, SeedStream.Enterprise, index),
            Name = name,
            CreditCode = CreditCodeFor(random, profile.City),
            Industry = industry,
            Region = profile.City.Region,
            Size = profile.Size,
            Description = description,
            Contact = SeedClock.Contact(random, names, "ent", index),
            CreatedAt = created,
            UpdatedAt = SeedClock.After(random, created, 120),
        };
    }

    /// <summary>9 (market regulator) + 1 (enterprise) + division code + 9-character organisation code + check.</summary>
    private static string CreditCodeFor(Randomizer random, City city)
    {
        var first17 = new char[17];
        first17[0] = '9';
        first17[1] = '1';
        city.DivisionCode.CopyTo(0, first17, 2, 6);
        for (int i = 8; i < 17; i++)
        {
            first17[i] = CreditCode.Alphabet[random.Number(CreditCode.Alphabet.Length - 1)];
        }

        char check = CreditCode.CheckCharacter(first17) ?? throw new InvalidOperationException("credit code alphabet mismatch");
        return new string(first17) + check.ToString(CultureInfo.InvariantCulture);
    }
}
