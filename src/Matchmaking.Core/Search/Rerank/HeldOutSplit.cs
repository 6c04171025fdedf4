namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// The retrain's split by time: the demands first decided last are held out, every other group trains. The split
/// is by demand, never by decision: a demand is wholly on one side, so a scorer is never compared on a pool whose
/// other labels it learned (however many groups carry the demand's id). Groups without a decision time (labels
/// from the seed set's planted pairs) always train.
/// </summary>
public static class HeldOutSplit
{
    /// <summary>Splits <paramref name="items"/> by the first decision time of their demand; at least one demand stays in training.</summary>
    public static (List<T> Train, List<T> HeldOut) ByTime<T>(IReadOnlyList<T> items, Func<T, string> demand, Func<T, DateTimeOffset?> firstDecision, double share)
    {
        ArgumentNullException.ThrowIfNull(items);
        var demands = items.GroupBy(demand, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, First: g.Select(firstDecision).Where(t => t is not null).Min()))
            .ToList();
        var decided = demands.Where(d => d.First is not null).OrderBy(d => d.First).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        int count = Math.Max(0, Math.Min((int)Math.Ceiling(decided.Count * share), demands.Count - 1));
        var heldOut = decided.Skip(decided.Count - count).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return ([.. items.Where(i => !heldOut.Contains(demand(i)))], [.. items.Where(i => heldOut.Contains(demand(i)))
            .OrderBy(firstDecision).ThenBy(demand, StringComparer.Ordinal)]);
    }
}
