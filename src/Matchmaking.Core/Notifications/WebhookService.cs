using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>A user's webhook endpoints and their delivery log: register, change, delete, read, replay.</summary>
public sealed class WebhookService(MatchmakingDbContext db, TimeProvider clock)
{
    public const int MaxPerUser = 10;

    public async Task<WebhookEndpoint> CreateAsync(string ownerSubject, string url, CancellationToken ct)
    {
        CheckUrl(url);
        if (await db.WebhookEndpoints.CountAsync(e => e.OwnerSubject == ownerSubject, ct) >= MaxPerUser)
        {
            throw new DomainException(ErrorCodes.TooMany, $"at most {MaxPerUser} webhook endpoints per user.");
        }

        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            OwnerSubject = ownerSubject,
            Url = url.Trim(),
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    /// <summary>Changes the URL or turns the endpoint on or off; turning it on starts its failure count afresh.</summary>
    public async Task<WebhookEndpoint> UpdateAsync(string ownerSubject, Guid id, string? url, bool? enabled, CancellationToken ct)
    {
        var endpoint = await FindAsync(ownerSubject, id, ct);
        if (url is not null)
        {
            CheckUrl(url);
            endpoint.Url = url.Trim();
        }

        if (enabled is { } on)
        {
            endpoint.Enabled = on;
            endpoint.DisabledAt = on ? null : clock.GetUtcNow();
            endpoint.ConsecutiveFailures = on ? 0 : endpoint.ConsecutiveFailures;
        }

        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    public async Task DeleteAsync(string ownerSubject, Guid id, CancellationToken ct)
    {
        db.WebhookEndpoints.Remove(await FindAsync(ownerSubject, id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The owner's endpoints; the caller orders and pages them.</summary>
    public IQueryable<WebhookEndpoint> Endpoints(string ownerSubject) => db.WebhookEndpoints.AsNoTracking().Where(e => e.OwnerSubject == ownerSubject);

    /// <summary>The delivery log of an endpoint, as its owner sees it (empty for anyone else); the caller orders and pages it.</summary>
    public IQueryable<WebhookDelivery> Deliveries(string ownerSubject, Guid endpointId) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId && db.WebhookEndpoints.Any(e => e.Id == endpointId && e.OwnerSubject == ownerSubject));

    public async Task<WebhookDelivery?> DeliveryAsync(string ownerSubject, Guid id, CancellationToken ct) =>
        await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Id == id && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.OwnerSubject == ownerSubject))
            .FirstOrDefaultAsync(ct);

    /// <summary>Sends a finished delivery again (the same body, a fresh signature) on the dispatcher's next run.</summary>
    public async Task<WebhookDelivery> ReplayAsync(string ownerSubject, Guid id, CancellationToken ct)
    {
        _ = await DeliveryAsync(ownerSubject, id, ct) ?? throw new DomainException(ErrorCodes.NotFound, "the webhook delivery does not exist.", "id");
        int changed = await db.WebhookDeliveries.Where(d => d.Id == id && (d.State == DeliveryState.Sent || d.State == DeliveryState.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.CompletedAt, (DateTimeOffset?)null), ct);
        if (changed == 0)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, "only a delivery that has finished (SENT or FAILED) can be replayed.");
        }

        return (await DeliveryAsync(ownerSubject, id, ct))!;
    }

    private async Task<WebhookEndpoint> FindAsync(string ownerSubject, Guid id, CancellationToken ct) =>
        await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id && e.OwnerSubject == ownerSubject, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "the webhook endpoint does not exist.", "id");

    private static void CheckUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || url.Length > 2000 || uri.UserInfo.Length > 0)
        {
            throw new ValidationException([new("url", ErrorCodes.BadUserInput, "url must be an absolute http or https address of at most 2000 characters, without a user name.")]);
        }
    }
}
