using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Storage;

public enum StorageProvider { Sqlite, Postgres }

/// <summary>Where the system of record lives. SQLite file by default; PostgreSQL in production.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>For SQLite, a relative Data Source is resolved against the content root.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/matchmaking.db";

    /// <summary>Load seed-data/ into an empty database at start-up.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>Folder of the committed seed set, relative to the content root.</summary>
    public string SeedDirectory { get; set; } = "seed-data";
}
