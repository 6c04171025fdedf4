using System.Text;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL;

/// <summary>Opaque global ids: base64url of "Kind:guid". Clients must not parse them.</summary>
public static class GlobalId
{
    public static string Encode(string kind, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{id:N}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (string Kind, Guid Id) Decode(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 64)
        {
            string base64 = value.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            Span<byte> bytes = stackalloc byte[64];
            if (Convert.TryFromBase64String(base64, bytes, out int written))
            {
                string text = Encoding.UTF8.GetString(bytes[..written]);
                int colon = text.IndexOf(':');
                if (colon > 0 && Guid.TryParseExact(text[(colon + 1)..], "N", out Guid id))
                {
                    return (text[..colon], id);
                }
            }
        }

        throw new DomainException(ErrorCodes.InvalidId, $"'{Truncate(value)}' is not a valid id.");
    }

    /// <summary>Decodes an id that must name <paramref name="kind"/>.</summary>
    public static Guid Decode(string? value, string kind)
    {
        var (actual, id) = Decode(value);
        if (actual != kind)
        {
            throw new DomainException(ErrorCodes.InvalidId, $"id '{Truncate(value)}' is a {actual}, not a {kind}.");
        }

        return id;
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
