using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class MatchEventConfiguration : IEntityTypeConfiguration<MatchEvent>
{
    public void Configure(EntityTypeBuilder<MatchEvent> b)
    {
        b.ToTable("MatchEvents");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorSubject).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.Property(e => e.FromBroker).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.ToBroker).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.Side).HasConversion<string>().HasMaxLength(10);
        b.HasOne<Match>().WithMany().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Restrict);

        // A match's history reads in order; analytics find the first time each match reached a stage.
        b.HasIndex(e => new { e.MatchId, e.At, e.Id });
        b.HasIndex(e => new { e.ToStage, e.MatchId });
    }
}

/// <summary>The period filters of analytics: matches by when they were proposed.</summary>
internal sealed class MatchAnalyticsIndexes : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> b) => b.HasIndex(m => m.CreatedAt);
}

/// <summary>The period filters of analytics: demands by when they were posted.</summary>
internal sealed class DemandAnalyticsIndexes : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> b) => b.HasIndex(d => d.CreatedAt);
}
