using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.Jobs;

public enum JobStorageKind { Auto, InMemory }

/// <summary>Hangfire settings. Auto stores jobs beside the data: SQLite file, or PostgreSQL with the PostgreSQL provider.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.Auto;

    /// <summary>SQLite file for Hangfire when the system of record is SQLite, relative to the data root.</summary>
    public string SqlitePath { get; set; } = "data/hangfire.db";

    /// <summary>SQLite storages are known to double-run jobs with several workers: one is the default.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 1;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Cron of the scorer retrain from broker feedback: weekly (Sunday 03:00 UTC) — decisions accrue
    /// slowly, and the job skips, saying why, until there are Search:Rerank:RetrainMinGroups labelled
    /// demands or while Search:Rerank:ScorerPath is empty. Empty = not scheduled.
    /// </summary>
    public string RetrainRankerCron { get; set; } = "0 3 * * 0";

    /// <summary>Cron of the embedding-model retrain over the listings (weekly, Sunday 03:30 UTC; skips while Embeddings:ModelPath is empty). Empty = not scheduled.</summary>
    public string RetrainEmbeddingsCron { get; set; } = "30 3 * * 0";

    /// <summary>Cron of the demand expiry (daily, 16:05 UTC = 00:05 China time): open demands past their deadline become EXPIRED. Empty = not scheduled (reads still show them EXPIRED).</summary>
    public string DemandExpiryCron { get; set; } = "5 16 * * *";
}
