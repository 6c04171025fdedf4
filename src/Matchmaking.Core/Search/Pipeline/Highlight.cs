namespace Matchmaking.Core.Search.Pipeline;

public sealed record Highlight(string Field, string Snippet);
