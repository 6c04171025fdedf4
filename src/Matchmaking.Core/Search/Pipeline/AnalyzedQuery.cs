namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// The output of the analyze step: the terms the user's text yields in each index field (synonyms
/// included, marked by a lower weight), the distinct words to show as "matched terms", and the words in
/// their original order for proximity.
/// </summary>
public sealed record AnalyzedQuery(SearchRequest Request, IReadOnlyList<QueryTerm> Terms, IReadOnlyList<string> Words, IReadOnlyList<string> WordSequence)
{
    /// <summary>
    /// A recommendation's n-gram rescore query (<see cref="SearchOptions.RecommendationNgramRescorePool"/>): the fast
    /// query's terms with the whole text's replaced by its most telling words, pairs and characters; empty when off.
    /// </summary>
    public IReadOnlyList<QueryTerm> RescoreTerms { get; init; } = [];

    public bool IsEmpty => Terms.Count == 0;

    public IEnumerable<QueryTerm> In(string field) => Terms.Where(t => t.Field == field);
}
