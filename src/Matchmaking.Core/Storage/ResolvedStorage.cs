namespace Matchmaking.Core.Storage;

/// <summary>The provider and the connection string after relative paths were resolved.</summary>
public sealed record ResolvedStorage(StorageProvider Provider, string ConnectionString);
