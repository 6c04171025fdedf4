using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> b)
    {
        b.ToTable("ConflictDeclarations");
        b.Property(d => d.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Relation).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.Property(d => d.DeclaredBy).HasMaxLength(ListingLimits.Short);
        b.Property(d => d.WithdrawnBy).HasMaxLength(ListingLimits.Short);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);

        // One active declaration per (enterprise, party, relation): a second is DUPLICATE, even from two clients at once.
        // The filter's quoted column reads the same on SQLite and PostgreSQL.
        b.HasIndex(d => new { d.EnterpriseId, d.PartyId, d.Relation }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");

        // The rules look declarations up by the supply-side party too.
        b.HasIndex(d => d.PartyId);
    }
}
