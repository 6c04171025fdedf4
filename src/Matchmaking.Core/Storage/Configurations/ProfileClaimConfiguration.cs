using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class ProfileClaimConfiguration : IEntityTypeConfiguration<ProfileClaim>
{
    public void Configure(EntityTypeBuilder<ProfileClaim> b)
    {
        b.ToTable("ProfileClaims");
        b.Property(c => c.ListingKind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Subject).HasMaxLength(ListingLimits.Short);
        b.Property(c => c.ReviewerSubject).HasMaxLength(ListingLimits.Short);
        b.Property(c => c.Note).HasMaxLength(2000);
        b.Property(c => c.ReviewNote).HasMaxLength(2000);

        // The review queue reads pending claims oldest first; a user's own claims by subject.
        b.HasIndex(c => new { c.Status, c.CreatedAt });
        b.HasIndex(c => c.Subject);
        b.HasIndex(c => c.ListingId);
    }
}
