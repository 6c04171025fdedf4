namespace Matchmaking.Core.Search.Pipeline;

/// <summary>One term of the analysed query in one index field, with its weight (synonyms weigh less).</summary>
public sealed record QueryTerm(string Field, string Text, float Weight);
