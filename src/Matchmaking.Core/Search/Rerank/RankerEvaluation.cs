using System.Text.Json.Serialization;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// What one feedback retrain measured and decided: nDCG@10 on the held-out decisions (the demands first
/// decided on or after <see cref="HeldOutFrom"/>) of the ranking recommendations served before it
/// (<see cref="Baseline"/>), of the plain lexical ranking and of the scorer trained on the earlier decisions;
/// whether the scorer was switched on, and the build every node then loaded. Kept in the ModelBuilds table
/// (model <c>ranker-evaluation</c>, the record as JSON), so every node and the admins read the same history.
/// </summary>
public sealed record RankerEvaluation
{
    [JsonIgnore]
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>"lexical", "fusion" or "scorer build-…": what recommendations were ranked by when the job ran.</summary>
    public string Baseline { get; init; } = "";

    public double? BaselineNdcg { get; init; }

    public double? LexicalNdcg { get; init; }

    public double? TrainedNdcg { get; init; }

    public int TrainDemands { get; init; }

    public int TrainDecisions { get; init; }

    public int HeldOutDemands { get; init; }

    public int HeldOutDecisions { get; init; }

    public DateTimeOffset? HeldOutFrom { get; init; }

    public bool SwitchedOn { get; init; }

    /// <summary>The build switched on (build-…), empty when the scorer was not switched on.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Why it was or was not switched on, in a sentence.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The trained scorer's nDCG@10 minus the baseline's; null when there were too few held-out demands to measure.</summary>
    [JsonIgnore]
    public double? Gain => TrainedNdcg - BaselineNdcg;
}
