using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Core.Tests.Search.Rerank;

/// <summary>The retrain's split by time: no demand's decisions on both sides, the last-decided demands held out.</summary>
public sealed class HeldOutSplitTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ByTime_DemandInSeveralGroups_NeverOnBothSides()
    {
        // d3 and d7 each have two groups with different first decisions: one falls before the split date, one after.
        var groups = Enumerable.Range(0, 20).Select(i => ($"d{i}", (DateTimeOffset?)Start.AddDays(i)))
            .Append(("d3", Start.AddDays(19.5)))
            .Append(("d7", Start.AddDays(30)))
            .Append(("planted", null))
            .ToList();

        var (train, heldOut) = HeldOutSplit.ByTime(groups, g => g.Item1, g => g.Item2, 0.25);

        Assert.Empty(train.Select(g => g.Item1).Intersect(heldOut.Select(g => g.Item1)));
        Assert.Equal(groups.Count, train.Count + heldOut.Count);
        Assert.Equal(["d15", "d16", "d17", "d18", "d19"], heldOut.Select(g => g.Item1).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(train, g => g.Item1 == "d7");
        Assert.Contains(train, g => g.Item1 == "planted");
    }

    [Fact]
    public void ByTime_SeedDecisions_NoDemandInBothTrainAndHeldOut()
    {
        // One row per seeded match: a demand's matches were decided on different days, so a split by decision would cut demands in two.
        var generator = new Matchmaking.Core.Seed.SeedGenerator(Matchmaking.Core.Seed.SeedSize.Default, Matchmaking.Core.Seed.SeedGenerator.DefaultSeed);
        var decisions = generator.Workflow().Select(s => (Demand: s.Match.DemandId.ToString("D"), At: (DateTimeOffset?)s.Match.UpdatedAt)).ToList();

        var (train, heldOut) = HeldOutSplit.ByTime(decisions, d => d.Demand, d => d.At, 0.25);

        Assert.NotEmpty(heldOut);
        Assert.Empty(train.Select(d => d.Demand).Intersect(heldOut.Select(d => d.Demand)));
    }

    [Fact]
    public void ByTime_OneDemand_StaysInTraining()
    {
        var (train, heldOut) = HeldOutSplit.ByTime([("d0", (DateTimeOffset?)Start)], g => g.Item1, g => g.Item2, 0.25);

        Assert.Single(train);
        Assert.Empty(heldOut);
    }
}
