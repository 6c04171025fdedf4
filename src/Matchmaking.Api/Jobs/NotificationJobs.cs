using Hangfire;
using Matchmaking.Core.Notifications;

namespace Matchmaking.Api.Jobs;

/// <summary>
/// Hangfire entry points for digests and deliveries (cluster duties: one node of the cluster takes each run).
/// Both are safe to run twice at once, as Hangfire's at-least-once delivery and a second host may do: the
/// digest moves each subscription's cursor conditionally beside a unique delivery key, and every e-mail and
/// webhook call is claimed before it is sent.
/// </summary>
public sealed class NotificationJobs(DigestRunner digests, MailDispatcher mail, WebhookDispatcher webhooks)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task DigestAsync(CancellationToken ct)
    {
        await digests.RunAsync(ct);
        await DeliverAsync(ct);
    }

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task DeliverAsync(CancellationToken ct)
    {
        await mail.RunAsync(ct);
        await webhooks.RunAsync(ct);
    }
}
