namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The output of the analyze step: for each index field, the terms the user's text yields there.</summary>
public sealed record AnalyzedQuery(SearchRequest Request, IReadOnlyDictionary<string, IReadOnlyList<string>> TermsByField)
{
    public bool IsEmpty => TermsByField.Values.All(t => t.Count == 0);
}
