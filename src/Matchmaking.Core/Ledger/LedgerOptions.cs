using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Ledger;

/// <summary>Defaults of the revenue-share ledger and its jobs.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Ledger";

    /// <summary>The broker's fee in the default policy, in basis points of the payment (a declared cost).</summary>
    [Range(0, 5_000)]
    public int DefaultBrokerBasisPoints { get; set; } = 1_000;

    /// <summary>The platform's fee in the default policy, in basis points of the payment (a declared cost).</summary>
    [Range(0, 5_000)]
    public int DefaultPlatformBasisPoints { get; set; } = 500;

    /// <summary>
    /// The inventors' share of the net income in the default policy, in basis points of the net. The law's
    /// default (art. 45 促进科技成果转化法) is at least half, so less than 5,000 is refused.
    /// </summary>
    [Range(5_000, 10_000)]
    public int DefaultInventorsShareOfNet { get; set; } = 5_000;

    /// <summary>Payments settled per run (each in its own transaction).</summary>
    [Range(1, 100_000)]
    public int SettlementBatchSize { get; set; } = 1_000;

    /// <summary>Cron of the recurring settlement job; reconciliation runs after each settlement.</summary>
    public string SettlementCron { get; set; } = "*/5 * * * *";

    /// <summary>Cron of the recurring reconciliation job.</summary>
    public string ReconciliationCron { get; set; } = "0 * * * *";
}
