using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> b)
    {
        b.HasOne(m => m.Demand).WithMany().HasForeignKey(m => m.DemandId).OnDelete(DeleteBehavior.Restrict);

        // One match per demand × candidate: a second proposal is a duplicate, not a new row.
        b.HasIndex(m => new { m.DemandId, m.CandidateKind, m.CandidateId }).IsUnique();
        b.HasIndex(m => m.Stage);

        // An expert's active matches are counted per search (capacity), by candidate.
        b.HasIndex(m => new { m.CandidateId, m.Stage });
        b.Property(m => m.BrokerSubject).HasMaxLength(ListingLimits.Short);
        b.Property(m => m.RejectNote).HasMaxLength(2000);
        b.Property(m => m.FeedbackNote).HasMaxLength(2000);
        b.HasIndex(m => m.BrokerSubject);
    }
}

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> b)
    {
        b.Property(d => d.Currency).HasMaxLength(3);
        b.HasIndex(d => d.MatchId).IsUnique();
        b.Property(d => d.BrokerSubject).HasMaxLength(ListingLimits.Short);
        b.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DealId);
        b.HasOne<Match>().WithMany().HasForeignKey(d => d.MatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RevenueSharePolicy>().WithMany().HasForeignKey(d => d.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DealPartyConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> b)
    {
        b.Property(p => p.Name).HasMaxLength(ListingLimits.Name);
        b.Property(p => p.Reference).HasMaxLength(ListingLimits.Short);
        b.Property(p => p.Subject).HasMaxLength(ListingLimits.Short);
        b.HasIndex(p => p.Subject);
        b.HasIndex(p => p.Reference);
    }
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<RevenueSharePolicy>
{
    public void Configure(EntityTypeBuilder<RevenueSharePolicy> b)
    {
        b.Property(p => p.Name).HasMaxLength(ListingLimits.Name);
        b.HasMany(p => p.Shares).WithOne().HasForeignKey(s => s.PolicyId);
        b.HasIndex(p => p.Name);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.IdempotencyKey).HasMaxLength(200);

        // The idempotency key is the only guard that survives concurrent submissions.
        b.HasIndex(p => p.IdempotencyKey).IsUnique();
        b.HasIndex(p => p.DealId);
        b.HasOne<RevenueSharePolicy>().WithMany().HasForeignKey(p => p.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deal>().WithMany().HasForeignKey(p => p.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.Property(e => e.Account).HasMaxLength(200);
        b.Property(e => e.Currency).HasMaxLength(3);

        // Settlement is exactly once per payment because a second run collides with this index.
        b.HasIndex(e => new { e.PaymentId, e.Account, e.Side }).IsUnique();
        b.HasIndex(e => e.DealId);
        b.Property(e => e.Payee).HasMaxLength(ListingLimits.Short);
        b.HasIndex(e => e.Payee);
        b.HasOne<Payment>().WithMany().HasForeignKey(e => e.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChangeLogConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> b)
    {
        b.ToTable("ChangeLog");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedOnAdd();
    }
}

internal sealed class NodeCommandConfiguration : IEntityTypeConfiguration<NodeCommand>
{
    public void Configure(EntityTypeBuilder<NodeCommand> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedOnAdd();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Argument).HasMaxLength(ListingLimits.Short);
        b.Property(c => c.RequestedBy).HasMaxLength(ListingLimits.Short);
    }
}

internal sealed class ClusterNodeConfiguration : IEntityTypeConfiguration<ClusterNode>
{
    public void Configure(EntityTypeBuilder<ClusterNode> b)
    {
        b.HasKey(n => n.Name);
        b.Property(n => n.Name).HasMaxLength(ListingLimits.Short);
        b.Property(n => n.IndexGeneration).HasMaxLength(ListingLimits.Short);
    }
}

internal sealed class ModelBuildConfiguration : IEntityTypeConfiguration<ModelBuild>
{
    public void Configure(EntityTypeBuilder<ModelBuild> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedOnAdd();
        b.Property(m => m.Model).HasMaxLength(20);
        b.Property(m => m.Folder).HasMaxLength(ListingLimits.Short);
        b.Property(m => m.CreatedBy).HasMaxLength(ListingLimits.Short);
        b.HasIndex(m => new { m.Model, m.Id });
    }
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.Property(s => s.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.Property(s => s.Name).HasMaxLength(ListingLimits.Name);
        b.Property(s => s.Text).HasMaxLength(ListingLimits.Title);
        b.HasIndex(s => s.OwnerSubject);
    }
}
