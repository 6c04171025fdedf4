using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class PaymentSettlementConfiguration : IEntityTypeConfiguration<PaymentSettlement>
{
    public void Configure(EntityTypeBuilder<PaymentSettlement> b)
    {
        // The key is the payment id itself: the second of two overlapping runs cannot insert it.
        b.HasKey(s => s.PaymentId);
        b.Property(s => s.PaymentId).ValueGeneratedNever();
        b.HasOne<Payment>().WithOne().HasForeignKey<PaymentSettlement>(s => s.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> b)
    {
        b.Ignore(r => r.Ok);
        b.Property(r => r.Failures).HasMaxLength(20_000);
        b.HasIndex(r => r.RanAt);
    }
}
