using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The per-candidate facts read from doc values, for constraint fits and explanations.</summary>
/// <param name="PriceLow">An achievement's asking price, a demand's budget minimum (0 = none).</param>
/// <param name="PriceHigh">An achievement's asking price, a demand's budget maximum (long.MaxValue = none).</param>
public sealed record CandidateFacts(ListingKind Kind, int? Trl, long PriceLow, long PriceHigh, string Region)
{
    /// <summary>The modes the candidate accepts (None = not stated).</summary>
    public CooperationModes Cooperation { get; init; }

    /// <summary>A demand candidate's deadline.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The achievement's or expert's institution id ("" when none): the exposure control's group.</summary>
    public string Institution { get; init; } = "";
}
