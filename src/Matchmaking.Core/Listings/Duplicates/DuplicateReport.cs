namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>The detector on a seed set: listings compared, pair precision and recall (achievements and demands; experts apart), build and lookup time.</summary>
public sealed record DuplicateReport(int Listings, PrecisionRecall Listing, PrecisionRecall Experts, double BuildMs, double LookupMicroseconds);

/// <summary>Planted pairs, reported pairs, the reported pairs that were planted, and the two ratios.</summary>
public sealed record PrecisionRecall(int Planted, int Reported, int Correct, double Precision, double Recall)
{
    /// <summary>Planted pairs not reported, as "id id", to look at.</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];
}
