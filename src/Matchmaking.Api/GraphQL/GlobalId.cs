using System.Globalization;
using System.Text;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL;

/// <summary>Opaque global ids: base64url of "Kind:key", the key a guid (32 hex digits) or a number. Clients must not parse them.</summary>
public static class GlobalId
{
    public static string Encode(string kind, Guid id) => Encode($"{kind}:{id:N}");

    public static string Encode(string kind, long id) => Encode($"{kind}:{id.ToString(CultureInfo.InvariantCulture)}");

    public static (string Kind, Guid Id) Decode(string? value)
    {
        var (kind, key) = Split(value);
        return Guid.TryParseExact(key, "N", out Guid id) ? (kind, id) : throw Invalid(value);
    }

    /// <summary>Decodes an id that must name <paramref name="kind"/>.</summary>
    public static Guid Decode(string? value, string kind)
    {
        var (actual, id) = Decode(value);
        return actual == kind ? id : throw WrongKind(value, actual, kind);
    }

    /// <summary>Decodes a numbered id (a ledger entry) that must name <paramref name="kind"/>.</summary>
    public static long DecodeNumber(string? value, string kind)
    {
        var (actual, key) = Split(value);
        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            throw Invalid(value);
        }

        return actual == kind ? id : throw WrongKind(value, actual, kind);
    }

    /// <summary>The kind an id names, without decoding its key.</summary>
    public static string KindOf(string? value) => Split(value).Kind;

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (string Kind, string Key) Split(string? value)
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
                if (colon > 0 && colon < text.Length - 1)
                {
                    return (text[..colon], text[(colon + 1)..]);
                }
            }
        }

        throw Invalid(value);
    }

    private static DomainException Invalid(string? value) => new(ErrorCodes.InvalidId, $"'{Truncate(value)}' is not a valid id.");

    private static DomainException WrongKind(string? value, string actual, string kind) =>
        new(ErrorCodes.InvalidId, $"id '{Truncate(value)}' is a {actual}, not a {kind}.");

    private static string Truncate(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
