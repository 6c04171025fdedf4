using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search.Explain;

/// <summary>
/// The explanation's constraint checks as a table: a listing pair (the query listing's preferences, built
/// by <see cref="RecommendationService"/> as recommendations build them, and a candidate's facts) → the
/// checks and the words a broker reads. One row per case of issue #14's "explanations that say true things".
/// </summary>
public sealed class ConstraintWordingTableTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    public static TheoryData<string, MatchPreferences, CandidateFacts, string[]> Rows => new()
    {
        {
            "a cheaper achievement fits a large budget (¥200k against ¥1m–4.7m)",
            FromDemand(trl: 5, budgetMin: 1_000_000, budgetMax: 4_700_000),
            Achievement(trl: 6, price: 200_000),
            ["trl ✓ TRL 6 (required ≥ 5)", "budget ✓ price 200,000 within the budget 1,000,000–4,700,000"]
        },
        {
            "a dearer achievement misses",
            FromDemand(trl: 7, budgetMin: 100_000, budgetMax: 300_000),
            Achievement(trl: 6, price: 500_000),
            ["trl ✗ TRL 6 (required ≥ 7)", "budget ✗ price 500,000 over the budget 100,000–300,000"]
        },
        {
            "a price equal to the budget's top fits; a budget with only a top reads 'up to'",
            FromDemand(budgetMax: 300_000),
            Achievement(price: 300_000),
            ["budget ✓ price 300,000 within the budget up to 300,000"]
        },
        {
            "a budget with only a floor takes any price",
            FromDemand(budgetMin: 1_000_000),
            Achievement(price: 200_000),
            ["budget ✓ price 200,000 within the budget from 1,000,000"]
        },
        {
            "reverse direction: the achievement's price against the demand's budget, labels not swapped, a single price as a value",
            FromAchievement(trl: 6, price: 200_000),
            Demand(requiredTrl: 5, budgetLow: 50_000, budgetHigh: 300_000),
            ["trl ✓ requires TRL ≥ 5 (offered 6)", "budget ✓ price 200,000 within the budget 50,000–300,000"]
        },
        {
            "reverse direction: over the demand's budget, and a TRL the demand asks more of",
            FromAchievement(trl: 4, price: 400_000),
            Demand(requiredTrl: 7, budgetLow: 50_000, budgetHigh: 300_000),
            ["trl ✗ requires TRL ≥ 7 (offered 4)", "budget ✗ price 400,000 over the budget 50,000–300,000"]
        },
        {
            "reverse direction: a demand budget of one value prints as that value",
            FromAchievement(price: 200_000),
            Demand(budgetLow: 200_000, budgetHigh: 200_000),
            ["budget ✓ price 200,000 within the budget 200,000"]
        },
        {
            "no price on either side: no budget check (an expert has none)",
            FromDemand(budgetMin: 100_000, budgetMax: 300_000),
            new CandidateFacts(ListingKind.Expert, null, 0, long.MaxValue, ""),
            []
        },
        {
            "region: another city is missed, both named in full",
            FromDemand(region: "合肥"),
            Achievement(region: "芜湖"),
            ["region ✗ 安徽省芜湖市 (preferred 安徽省合肥市)"]
        },
        {
            "region: a city is within the province a demand prefers",
            FromDemand(region: "安徽"),
            Achievement(region: "合肥"),
            ["region ✓ 安徽省合肥市 (preferred 安徽省)"]
        },
        {
            "cooperation: a mode in common is met and named",
            FromDemand(modes: CooperationModes.License | CooperationModes.JointDevelopment),
            Achievement(modes: CooperationModes.Transfer | CooperationModes.License),
            ["cooperation ✓ both accept licence (许可使用)"]
        },
        {
            "cooperation: no mode in common is missed, both sides named",
            FromDemand(modes: CooperationModes.Consulting),
            Achievement(modes: CooperationModes.Transfer),
            ["cooperation ✗ accepts transfer (技术转让) (wanted consulting (技术咨询))"]
        },
        {
            "deadline: the query demand's own deadline, far enough ahead",
            FromDemand(deadline: Today.AddDays(90)),
            Achievement(),
            ["deadline ✓ due 2027-03-02, 90 days left (at least 30 days needed)"]
        },
        {
            "deadline: a demand candidate due too soon for an achievement's owner",
            FromAchievement(),
            Demand(deadline: Today.AddDays(10)),
            ["deadline ✗ due 2026-12-12, 10 days left (under 30 days needed)"]
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Evaluate_ListingPair_ChecksAndWording(string why, MatchPreferences preferences, CandidateFacts candidate, string[] expected)
    {
        var checks = ConstraintFit.Evaluate(preferences, candidate, Today, deadlineLeadDays: 30);

        Assert.True(expected.SequenceEqual(checks.Select(c => $"{c.Name} {(c.Met ? "✓" : "✗")} {c.Detail}")), $"{why}: got [{string.Join(" | ", checks.Select(c => $"{c.Name} {(c.Met ? "✓" : "✗")} {c.Detail}"))}]");
    }

    [Fact]
    public void Evaluate_NoPreferences_NoChecks() =>
        Assert.Empty(ConstraintFit.Evaluate(null, Achievement(trl: 6, price: 1), Today, 30));

    private static MatchPreferences FromDemand(int? trl = null, decimal? budgetMin = null, decimal? budgetMax = null, string region = "", CooperationModes modes = CooperationModes.None, DateOnly? deadline = null) =>
        RecommendationService.FromDemand(new Demand
        {
            Title = "t", Description = "d", RequiredTrl = trl, BudgetMin = budgetMin, BudgetMax = budgetMax, Region = region,
            CooperationModes = modes, Deadline = deadline,
        }, [ListingKind.Achievement], 10).Preferences!;

    private static MatchPreferences FromAchievement(int trl = 5, decimal? price = null) =>
        RecommendationService.FromAchievement(new Achievement { Title = "t", Abstract = "a", Trl = trl, AskingPrice = price, CooperationModes = CooperationModes.Transfer }, 10).Preferences!;

    private static CandidateFacts Achievement(int? trl = null, long? price = null, string region = "", CooperationModes modes = CooperationModes.None) =>
        new(ListingKind.Achievement, trl, price ?? 0, price ?? long.MaxValue, region) { Cooperation = modes };

    private static CandidateFacts Demand(int? requiredTrl = null, long? budgetLow = null, long? budgetHigh = null, DateOnly? deadline = null) =>
        new(ListingKind.Demand, requiredTrl, budgetLow ?? 0, budgetHigh ?? long.MaxValue, "") { Deadline = deadline };
}
