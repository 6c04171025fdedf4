namespace Matchmaking.Core.Search.Index;

/// <summary>How far the index rebuild running on this node is: listings written of those in the database snapshot.</summary>
public sealed record RebuildProgress(int Done, int Total, DateTimeOffset StartedAt);
