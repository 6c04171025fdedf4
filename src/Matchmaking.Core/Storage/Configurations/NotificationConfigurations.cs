using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Matchmaking.Core.Storage.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.Property(s => s.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.OwnerSubject);
        b.HasIndex(s => new { s.Active, s.Frequency });
        b.HasOne<SavedSearch>().WithMany().HasForeignKey(s => s.SavedSearchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedOnAdd();

        // At most once per (subscription, listing): of two hosts or a retried job, the second insert collides here.
        b.HasIndex(d => new { d.SubscriptionId, d.ListingId }).IsUnique();
        b.HasOne<Subscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.RecipientSubject).HasMaxLength(ListingLimits.Short);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.EventKey).HasMaxLength(200);
        b.Property(n => n.Title).HasMaxLength(ListingLimits.Title);
        b.Property(n => n.Body).HasMaxLength(4000);
        b.Property(n => n.SubjectKind).HasMaxLength(20);
        b.Property(n => n.EmailState).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.EmailError).HasMaxLength(500);

        // An event is told to a user once, however often the code that reports it runs.
        b.HasIndex(n => new { n.RecipientSubject, n.EventKey }).IsUnique();
        b.HasIndex(n => new { n.RecipientSubject, n.ReadAt });
        b.HasIndex(n => n.EmailState);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> b)
    {
        b.HasKey(s => s.Subject);
        b.Property(s => s.Subject).HasMaxLength(ListingLimits.Short);
        b.Property(s => s.Email).HasMaxLength(ListingLimits.Short);
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.Property(e => e.OwnerSubject).HasMaxLength(ListingLimits.Short);
        b.Property(e => e.Url).HasMaxLength(2000);
        b.Property(e => e.Secret).HasMaxLength(100);
        b.HasIndex(e => e.OwnerSubject);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.LastError).HasMaxLength(500);
        b.HasIndex(d => new { d.EndpointId, d.NotificationId }).IsUnique();
        b.HasIndex(d => d.State);
        b.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Notification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
