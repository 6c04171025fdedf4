namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// What a clear answer looks like: one of <see cref="Codes"/> as a top-level extensions.code or a
/// userErrors code, and/or an HTTP status; or, with <see cref="Success"/>, an answer without errors.
/// </summary>
public sealed record Expect(IReadOnlyList<string> Codes, int? Status, bool Success)
{
    public static Expect Code(params string[] codes) => new(codes, null, false);

    public static Expect Http(int status, params string[] codes) => new(codes, status, false);

    /// <summary>The input is odd but legal: the answer is data, no error.</summary>
    public static Expect Ok() => new([], 200, true);

    /// <summary>Either data without errors or one of <paramref name="codes"/>.</summary>
    public static Expect OkOr(params string[] codes) => new(codes, null, true);

    public override string ToString()
    {
        var parts = new List<string>();
        if (Success)
        {
            parts.Add("ok");
        }

        parts.AddRange(Codes);
        if (Status is { } s && !Success)
        {
            parts.Add("HTTP " + s);
        }

        return string.Join(" | ", parts);
    }
}
