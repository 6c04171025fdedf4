using System.Net.Http.Headers;
using System.Text;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// POSTs pending webhook deliveries, each signed afresh per attempt (<see cref="WebhookSignature"/>), retried with
/// exponential backoff through Polly on a non-2xx answer, a network error or a timeout. A delivery that still fails
/// counts against its endpoint; <see cref="NotificationOptions.WebhookMaxConsecutiveFailures"/> in a row disable it.
/// A delivery is claimed (PENDING → SENDING) before it is sent, so two dispatchers never both send it.
/// </summary>
public sealed partial class WebhookDispatcher(MatchmakingDbContext db, WebhookClient client, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    public async Task<WebhookRunSummary> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var pending = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.Enabled))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(o.DeliveryBatchSize).ToListAsync(ct);
        int sent = 0, failed = 0, disabled = 0;
        foreach (Guid id in pending)
        {
            int claimed = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.State == DeliveryState.Pending && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.Enabled))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Sending), ct);
            if (claimed == 0)
            {
                continue;
            }

            var delivery = await db.WebhookDeliveries.AsNoTracking().FirstAsync(d => d.Id == id, ct);
            var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstAsync(e => e.Id == delivery.EndpointId, ct);
            var (ok, attempts, status, error) = await SendAsync(endpoint, delivery, ct);
            DateTimeOffset now = clock.GetUtcNow();
            await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, ok ? DeliveryState.Sent : DeliveryState.Failed)
                    .SetProperty(d => d.Attempts, d => d.Attempts + attempts)
                    .SetProperty(d => d.LastStatusCode, status)
                    .SetProperty(d => d.LastError, error)
                    .SetProperty(d => d.CompletedAt, now),
                ct);
            if (ok)
            {
                sent++;
                await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ConsecutiveFailures, 0), ct);
                continue;
            }

            failed++;
            LogFailed(delivery.Id, endpoint.Id, attempts, error ?? $"HTTP {status}");
            await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ConsecutiveFailures, e => e.ConsecutiveFailures + 1), ct);
            int off = await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id && e.Enabled && e.ConsecutiveFailures >= o.WebhookMaxConsecutiveFailures)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Enabled, false).SetProperty(e => e.DisabledAt, now), ct);
            if (off > 0)
            {
                disabled++;
                LogDisabled(endpoint.Id, o.WebhookMaxConsecutiveFailures);
            }
        }

        return new WebhookRunSummary(sent, failed, disabled);
    }

    private async Task<(bool Ok, int Attempts, int? Status, string? Error)> SendAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken ct)
    {
        var o = options.Value;
        int attempts = 0;
        try
        {
            using var response = await Retry().ExecuteAsync(
                async token =>
                {
                    attempts++;
                    long timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
                    using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
                    {
                        Content = new StringContent(delivery.Body, new UTF8Encoding(false), new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
                    };
                    request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoint.Secret, timestamp, delivery.Body));
                    request.Headers.Add(WebhookSignature.EventHeader, NotificationTexts.EventType(delivery.Kind));
                    request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString("D"));
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                    timeout.CancelAfter(o.WebhookTimeout);
                    try
                    {
                        return await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        throw new TimeoutException($"no answer within {o.WebhookTimeout.TotalSeconds:0.#} s");
                    }
                },
                ct);
            int status = (int)response.StatusCode;
            return (response.IsSuccessStatusCode, attempts, status, response.IsSuccessStatusCode ? null : $"HTTP {status}");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            return (false, attempts, null, e.Message.Length > 500 ? e.Message[..500] : e.Message);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Retry()
    {
        var o = options.Value;
        if (o.WebhookRetries == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.WebhookRetries,
                Delay = o.WebhookRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException or TimeoutException || args.Outcome.Result is { IsSuccessStatusCode: false }),
            })
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} failed after {Attempts} attempts: {Error}")]
    private partial void LogFailed(Guid deliveryId, Guid endpointId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} disabled after {Failures} failed deliveries in a row")]
    private partial void LogDisabled(Guid endpointId, int failures);
}
