namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Why a hit ranks where it does, built from what the pipeline's steps produced.</summary>
/// <param name="Signals">Each signal's value and its share of the final score (shares sum to 1).</param>
/// <param name="MatchedTerms">Query words found in the listing.</param>
/// <param name="Highlights">HTML-escaped passages with the matched text wrapped in &lt;em&gt;…&lt;/em&gt;.</param>
/// <param name="Constraints">The soft constraints of a match it meets or misses.</param>
public sealed record Explanation(
    IReadOnlyList<SignalShare> Signals,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<Highlight> Highlights,
    IReadOnlyList<ConstraintCheck> Constraints);
