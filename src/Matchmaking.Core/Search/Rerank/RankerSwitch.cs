namespace Matchmaking.Core.Search.Rerank;

/// <summary>When the feedback retrain switches its scorer on.</summary>
public enum RankerSwitch
{
    /// <summary>Only when it beats the served ranking on the held-out decisions by at least RetrainMinGain.</summary>
    WhenBetter,

    /// <summary>Every time it trains (the comparison is still recorded when there are enough held-out demands).</summary>
    Always,
}
