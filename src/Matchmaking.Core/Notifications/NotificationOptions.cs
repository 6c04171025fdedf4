using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Notifications;

/// <summary>Digests, unsubscribe links and webhooks (section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// The pipeline score a hit must exceed when a subscription names none; 0 keeps every hit the pipeline returns.
    /// Scores are the served pipeline's (BM25 plus boosts): over the seed set, hits of a listing subscription score
    /// 5 (p10), 11 (p50) and 20 (p90), so 8 keeps roughly the better two thirds.
    /// </summary>
    [Range(0, 1_000)]
    public double DefaultMinScore { get; set; } = 8.0;

    /// <summary>Hits kept per subscription and digest (the pipeline's limit).</summary>
    [Range(1, 100)]
    public int MaxHitsPerDigest { get; set; } = 20;

    /// <summary>Subscriptions per user.</summary>
    [Range(1, 1_000)]
    public int MaxSubscriptionsPerUser { get; set; } = 50;

    /// <summary>Cron of the digest job; IMMEDIATE subscriptions are served on every run, DAILY and WEEKLY when due.</summary>
    public string DigestCron { get; set; } = "* * * * *";

    /// <summary>Cron of the job that sends pending e-mails and webhook calls.</summary>
    public string DeliveryCron { get; set; } = "* * * * *";

    /// <summary>Public address of this service, for links in e-mails (the unsubscribe link), e.g. https://matchmaking.example.cn.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Key that signs unsubscribe tokens; every node needs the same one. Empty: e-mails carry no unsubscribe link and mail is off.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Retries of one webhook call after the first attempt, with exponential backoff.</summary>
    [Range(0, 10)]
    public int WebhookRetries { get; set; } = 4;

    /// <summary>Delay before the first retry; each next one doubles it.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time allowed for one webhook attempt.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Lets webhook calls reach loopback and private networks (tests, an intranet receiver); off, they are refused.</summary>
    public bool WebhookAllowPrivateAddresses { get; set; }

    /// <summary>Deliveries in a row that fail after all retries before the endpoint is disabled.</summary>
    [Range(1, 100)]
    public int WebhookMaxConsecutiveFailures { get; set; } = 5;

    /// <summary>Pending e-mails older than this are dropped, not sent (e.g. written while mail was off).</summary>
    public TimeSpan EmailMaxAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Deliveries (e-mails, webhook calls) handled per dispatcher run.</summary>
    [Range(1, 10_000)]
    public int DeliveryBatchSize { get; set; } = 200;
}
