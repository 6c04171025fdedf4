using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Storage;

/// <summary>
/// The system of record. Every change to a listing stamps its times and adds a change-log row in the same SaveChanges,
/// and so in the same transaction: the indexer never sees a listing change without its log entry.
/// Each provider has its own subclass so that each keeps its own migrations.
/// </summary>
public abstract class MatchmakingDbContext(DbContextOptions options, TimeProvider? clock = null) : DbContext(options)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Demand> Demands => Set<Demand>();

    public DbSet<Achievement> Achievements => Set<Achievement>();

    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Match> Matches => Set<Match>();

    public DbSet<MatchEvent> MatchEvents => Set<MatchEvent>();

    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealParty> DealParties => Set<DealParty>();

    public DbSet<ProfileClaim> ProfileClaims => Set<ProfileClaim>();

    public DbSet<RevenueSharePolicy> Policies => Set<RevenueSharePolicy>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<PaymentSettlement> Settlements => Set<PaymentSettlement>();

    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<NodeCommand> NodeCommands => Set<NodeCommand>();

    public DbSet<ClusterNode> ClusterNodes => Set<ClusterNode>();

    public DbSet<ModelBuild> ModelBuilds => Set<ModelBuild>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The newest change-log sequence (0 for an empty log).</summary>
    public async Task<long> ChangeLogHeadAsync(CancellationToken ct) => await ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        bool logged = RecordListingChanges();
        Timestamps.Normalize(ChangeTracker);
        if (!logged)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return SaveLoggedChangesAsync(() => Task.FromResult(base.SaveChanges(acceptAllChangesOnSuccess)), CancellationToken.None).GetAwaiter().GetResult();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        bool logged = RecordListingChanges();
        Timestamps.Normalize(ChangeTracker);
        if (!logged)
        {
            return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        return SaveLoggedChangesAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Saves a unit of work that wrote change-log rows. The change log must be consumable gap-free: a
    /// reader that has seen sequence n must already be able to see every committed entry below n. SQLite
    /// serialises writers, so its sequence order is commit order and nothing more is needed here; a provider
    /// with concurrent writers overrides this to take its sequence numbers in commit order.
    /// </summary>
    protected virtual Task<int> SaveLoggedChangesAsync(Func<Task<int>> save, CancellationToken ct) => save();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MatchmakingDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text keep the database readable and stable if members are reordered.
        configurationBuilder.Properties<Industry>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DemandStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AchievementStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<IpForm>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<EnterpriseSize>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InstitutionKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ListingKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ChangeOperation>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<CandidateKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MatchOrigin>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MatchStage>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RejectReason>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ContractType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PartyRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PaymentKind>().HaveConversion<string>().HaveMaxLength(12);
        configurationBuilder.Properties<EntrySide>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<decimal>().HavePrecision(20, 2);
    }

    /// <summary>Stamps listing times and adds their change-log rows; true when there was any.</summary>
    private bool RecordListingChanges()
    {
        DateTimeOffset now = clock.GetUtcNow();
        var changed = ChangeTracker.Entries<IListing>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in changed)
        {
            // Imported listings (the seed set) keep the times they carry; new and edited ones get now.
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = entry.Entity.CreatedAt == default ? now : entry.Entity.CreatedAt;
                entry.Entity.UpdatedAt = entry.Entity.UpdatedAt == default ? entry.Entity.CreatedAt : entry.Entity.UpdatedAt;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }

            ChangeLog.Add(new ChangeLogEntry
            {
                EntityKind = entry.Entity.Kind,
                EntityId = entry.Entity.Id,
                Operation = entry.State == EntityState.Deleted ? ChangeOperation.Delete : ChangeOperation.Upsert,
                At = now,
            });
        }

        return changed.Count > 0;
    }
}
