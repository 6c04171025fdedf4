using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Ignore(e => e.Kind);
        b.Property(e => e.Name).HasMaxLength(ListingLimits.Name);
        b.Property(e => e.CreditCode).HasMaxLength(CreditCode.Length);
        b.HasIndex(e => e.CreditCode).IsUnique();
        b.Property(e => e.Region).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.OwnsOne(e => e.Contact, ContactColumns.Configure);
    }
}

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> b)
    {
        b.Ignore(d => d.Kind);
        b.Property(d => d.Title).HasMaxLength(ListingLimits.Title);
        b.Property(d => d.Description).HasMaxLength(ListingLimits.Body);
        b.Property(d => d.Region).HasMaxLength(ListingLimits.Short);
        b.HasIndex(d => d.Status);
        b.HasOne(d => d.Enterprise).WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(d => d.Contact, ContactColumns.Configure);
    }
}

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> b)
    {
        b.Ignore(a => a.Kind);
        b.Property(a => a.Title).HasMaxLength(ListingLimits.Title);
        b.Property(a => a.Abstract).HasMaxLength(ListingLimits.Body);
        b.Property(a => a.Discipline).HasMaxLength(ListingLimits.Short);
        b.Property(a => a.Region).HasMaxLength(ListingLimits.Short);
        b.Property(a => a.IpNumber).HasMaxLength(ListingLimits.Short);
        b.Property(a => a.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.HasIndex(a => a.Status);
        b.HasOne(a => a.Institution).WithMany().HasForeignKey(a => a.InstitutionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.Ignore(e => e.Kind);
        b.Property(e => e.Name).HasMaxLength(ListingLimits.Name);
        b.Property(e => e.Title).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.Bio).HasMaxLength(ListingLimits.Body);
        b.Property(e => e.Discipline).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.Region).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.HasOne(e => e.Institution).WithMany().HasForeignKey(e => e.InstitutionId).OnDelete(DeleteBehavior.SetNull);
        b.OwnsOne(e => e.Contact, ContactColumns.Configure);
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.Property(i => i.Name).HasMaxLength(ListingLimits.Name);
        b.Property(i => i.Region).HasMaxLength(ListingLimits.Short);
    }
}

internal static class ContactColumns
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, ContactInfo> c)
        where TOwner : class
    {
        c.Property(x => x.Person).HasMaxLength(ListingLimits.Name);
        c.Property(x => x.Phone).HasMaxLength(40);
        c.Property(x => x.Email).HasMaxLength(ListingLimits.Short);
    }
}
