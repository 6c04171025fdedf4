using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// The token of an unsubscribe link: the subscription id and an HMAC-SHA256 of it under
/// <see cref="NotificationOptions.SigningKey"/>, so that a link works without signing in and cannot be forged for another subscription.
/// </summary>
public sealed class UnsubscribeTokens(IOptions<NotificationOptions> options)
{
    public bool IsEnabled => options.Value.SigningKey.Length > 0;

    public string Create(Guid subscriptionId) =>
        $"{subscriptionId:N}.{Base64Url(Sign(subscriptionId))}";

    /// <summary>The subscription the token was made for, or null when it is malformed or not signed with this key.</summary>
    public Guid? Read(string? token)
    {
        if (!IsEnabled || token is null || token.Split('.') is not [var id, var signature] || !Guid.TryParseExact(id, "N", out Guid subscriptionId))
        {
            return null;
        }

        byte[] expected = Encoding.ASCII.GetBytes(Base64Url(Sign(subscriptionId)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) ? subscriptionId : null;
    }

    public string Link(Guid subscriptionId) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/notifications/unsubscribe?token={Create(subscriptionId)}";

    private byte[] Sign(Guid subscriptionId) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey), Encoding.UTF8.GetBytes($"unsubscribe:{subscriptionId:N}"));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
