namespace Matchmaking.Core.Search.Evaluation;

public sealed record BeirQuery(string Id, string Text);
