using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Matchmaking.Core.Storage;

/// <summary>The PostgreSQL flavour, with its own migrations under Storage/Migrations/Postgres.</summary>
public sealed class PostgresMatchmakingDbContext(DbContextOptions<PostgresMatchmakingDbContext> options, TimeProvider? clock = null)
    : MatchmakingDbContext(options, clock)
{
    /// <summary>The NOTIFY channel that wakes every node: payload <see cref="ChangesPayload"/> or <see cref="CommandsPayload"/>.</summary>
    public const string Channel = "matchmaking";

    public const string ChangesPayload = "changes";

    public const string CommandsPayload = "commands";

    /// <summary>Key of the transaction-scoped advisory lock under which change-log sequences are taken.</summary>
    public const long ChangeLogLockKey = 0x6D6D_6368_616E_6765; // "mmchange"

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Npgsql writes timestamptz only from UTC values; listings carry local offsets (+08:00), so the
        // same instant is stored in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    /// <summary>
    /// An identity value is taken at INSERT but becomes visible at COMMIT, so with concurrent writers a
    /// transaction holding sequence 10 can commit after the one holding 11, and a tailer that has applied 11
    /// would never look back for 10. Sequences are therefore taken in commit order: every transaction that
    /// writes the change log first takes one transaction-scoped advisory lock, which PostgreSQL releases
    /// only after the commit is visible to new snapshots, so the next writer's INSERT (and its sequence)
    /// comes after the previous writer's commit. Chosen over a visibility horizon (xid8 + pg_snapshot_xmin)
    /// because the tailer keeps one plain position (the sequence) on both providers and its lag cannot be
    /// held up by long transactions elsewhere in the cluster; the cost is that listing writes serialise for
    /// the few milliseconds of their own commit, which this write rate (listings, not searches) affords.
    /// The NOTIFY in the same transaction is delivered at commit and wakes every node's tailer.
    /// </summary>
    protected override async Task<int> SaveLoggedChangesAsync(Func<Task<int>> save, CancellationToken ct)
    {
        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            await Database.ExecuteSqlRawAsync(
                $"SELECT pg_advisory_xact_lock({ChangeLogLockKey}); SELECT pg_notify('{Channel}', '{ChangesPayload}');", ct);
            int saved = await save();
            if (owned is not null)
            {
                await owned.CommitAsync(ct);
            }

            return saved;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
