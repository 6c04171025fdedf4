namespace Matchmaking.Core.Search.Evaluation;

public sealed record BeirDocument(string Id, string Title, string Text, string Discipline);
