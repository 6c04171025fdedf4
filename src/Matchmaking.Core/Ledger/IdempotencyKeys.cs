namespace Matchmaking.Core.Ledger;

/// <summary>
/// Idempotency keys are scoped to their deal: the stored key is "{dealId:N}/{client key}", so the same
/// client key on two deals names two payments. A probe on another deal then finds nothing to conflict
/// with, learns nothing about that deal's payments and cannot squat its keys. The unique index on the
/// stored key stays as it is; no schema change.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>Longest client key: the column holds 200 characters, the scope takes 33.</summary>
    public const int MaxClientKeyLength = 160;

    public static string Scope(Guid dealId, string clientKey) => $"{dealId:N}/{clientKey}";

    /// <summary>The key as the client sent it; keys stored before scoping come back unchanged.</summary>
    public static string ClientKey(Guid dealId, string storedKey)
    {
        string prefix = $"{dealId:N}/";
        return storedKey.StartsWith(prefix, StringComparison.Ordinal) ? storedKey[prefix.Length..] : storedKey;
    }
}
