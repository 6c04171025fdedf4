namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// The output of the analyze step: the terms the user's text yields in each index field (synonyms
/// included, marked by a lower weight), and the words to show as "matched terms".
/// </summary>
public sealed record AnalyzedQuery(SearchRequest Request, IReadOnlyList<QueryTerm> Terms, IReadOnlyList<string> Words)
{
    public bool IsEmpty => Terms.Count == 0;

    public IEnumerable<QueryTerm> In(string field) => Terms.Where(t => t.Field == field);
}
