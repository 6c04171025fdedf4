using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// How webhook calls are signed, as Stripe signs its events: HMAC-SHA256 under the endpoint's secret over
/// "{timestamp}.{body}", sent as <c>X-Matchmaking-Signature: v1=&lt;hex&gt;</c> beside
/// <c>X-Matchmaking-Timestamp: &lt;unix seconds&gt;</c>. The timestamp inside the signature lets a receiver refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Matchmaking-Timestamp";
    public const string SignatureHeader = "X-Matchmaking-Signature";
    public const string EventHeader = "X-Matchmaking-Event";
    public const string DeliveryHeader = "X-Matchmaking-Delivery";
    public const string Scheme = "v1=";

    public static string Sign(string secret, long timestamp, string body) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}")));

    /// <summary>What a receiver does: recompute and compare in constant time, and refuse old timestamps.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long ts) || signature is null)
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - ts) > tolerance.TotalSeconds)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, ts, body)), Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>A new endpoint secret: 32 random bytes, prefixed so that it is recognisable in a configuration file.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
