using Matchmaking.Core.Domain;
using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

public sealed class SeedGeneratorTests
{
    [Fact]
    public void AchievementPairs_DefaultSet_AtLeastHalfShareFewBigramsWithTheirDemand()
    {
        var generator = new SeedGenerator(SeedSize.Default, SeedGenerator.DefaultSeed);
        var (pairs, overlaps) = Overlaps(generator);

        double underThreshold = overlaps.Count(o => o < TextOverlap.ParaphraseThreshold) / (double)overlaps.Count;

        Assert.True(underThreshold >= 0.5, $"only {underThreshold:P1} of planted pairs are under the bigram threshold");
        Assert.True(pairs.Count(p => p.Paraphrased) >= pairs.Count / 2);
    }

    [Fact]
    public void AchievementPairs_Paraphrased_OverlapLessThanLiteral()
    {
        var generator = new SeedGenerator(SeedSize.Default, SeedGenerator.DefaultSeed);
        var (pairs, overlaps) = Overlaps(generator);

        var paraphrased = overlaps.Where((_, i) => pairs[i].Paraphrased).ToList();
        var literal = overlaps.Where((_, i) => !pairs[i].Paraphrased).ToList();

        // The flag must mean something measurable: most flagged pairs fall under the threshold, most literal ones above it.
        Assert.True(paraphrased.Count(o => o < TextOverlap.ParaphraseThreshold) >= 0.85 * paraphrased.Count);
        Assert.True(literal.Count(o => o >= TextOverlap.ParaphraseThreshold) >= 0.85 * literal.Count);
    }

    [Fact]
    public void AchievementPairs_Always_PairSameIndustryAndOneBestAnswerPerDemand()
    {
        var generator = new SeedGenerator(SeedSize.ForListings(2_400), 4);
        var demands = generator.Demands().ToDictionary(d => d.Id);
        var achievements = generator.Achievements().ToDictionary(a => a.Id);

        var pairs = generator.AchievementPairs().ToList();

        Assert.All(pairs, p => Assert.Equal(demands[p.DemandId].Industry, achievements[p.CandidateId].Industry));
        Assert.All(pairs.GroupBy(p => p.DemandId), g => Assert.Equal(1, g.Count(p => p.Score == 2)));
        Assert.All(pairs, p => Assert.True(
            demands[p.DemandId].RequiredTrl is not { } required || achievements[p.CandidateId].Trl >= required));
    }

    [Fact]
    public void Demands_EnumeratedTwice_YieldSameRecords()
    {
        var generator = new SeedGenerator(SeedSize.ForListings(600), 12);

        var first = generator.Demands().Select(d => (d.Id, d.Title, d.Description)).ToList();
        var second = generator.Demands().Select(d => (d.Id, d.Title, d.Description)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Demands_DefaultSet_CoverEveryEmergingIndustry()
    {
        var generator = new SeedGenerator(SeedSize.Default, SeedGenerator.DefaultSeed);

        var industries = generator.Demands().Select(d => d.Industry).Distinct().ToList();

        Assert.Equal(10, industries.Count);
        Assert.DoesNotContain(Industry.Other, industries);
    }

    [Fact]
    public void Enterprises_Always_HaveValidCreditCodes()
    {
        var generator = new SeedGenerator(SeedSize.ForListings(6_000), 21);

        Assert.All(generator.Enterprises(), e => Assert.True(CreditCode.IsValid(e.CreditCode), e.CreditCode));
    }

    private static (List<PlantedPair> Pairs, List<double> Overlaps) Overlaps(SeedGenerator generator)
    {
        var demands = generator.Demands().ToDictionary(d => d.Id, d => d.Title + "。" + d.Description);
        var achievements = generator.Achievements().ToDictionary(a => a.Id, a => a.Title + "。" + a.Abstract);
        var pairs = generator.AchievementPairs().ToList();
        return (pairs, [.. pairs.Select(p => TextOverlap.BigramJaccard(demands[p.DemandId], achievements[p.CandidateId]))]);
    }
}
