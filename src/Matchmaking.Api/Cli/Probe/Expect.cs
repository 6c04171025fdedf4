namespace Matchmaking.Api.Cli.Probe;

/// <summary>
/// What a clear answer looks like: one of <see cref="Codes"/> as a top-level extensions.code or a
/// userErrors code (with <see cref="Field"/>, a userError at that input path), and/or an HTTP status;
/// or, with <see cref="Success"/>, an answer without errors (with <see cref="Check"/>, data in which it holds).
/// </summary>
public sealed record Expect(IReadOnlyList<string> Codes, int? Status, bool Success, string? Field = null, DataCheck? Check = null)
{
    public static Expect Code(params string[] codes) => new(codes, null, false);

    public static Expect Http(int status, params string[] codes) => new(codes, status, false);

    /// <summary>The input is odd but legal: the answer is data, no error.</summary>
    public static Expect Ok() => new([], 200, true);

    /// <summary>Either data without errors or one of <paramref name="codes"/>.</summary>
    public static Expect OkOr(params string[] codes) => new(codes, null, true);

    /// <summary>Data without errors, in which <paramref name="holds"/> is true (e.g. a hidden contact is null and says why).</summary>
    public static Expect OkWhere(string says, Func<System.Text.Json.JsonElement, bool> holds) => new([], 200, true, Check: new DataCheck(says, holds));

    /// <summary>A userError with one of <paramref name="codes"/> whose field is the dotted input path <paramref name="field"/>.</summary>
    public static Expect At(string field, params string[] codes) => new(codes, null, false, field);

    public override string ToString()
    {
        var parts = new List<string>();
        if (Success)
        {
            parts.Add(Check is null ? "ok" : "ok where " + Check.Says);
        }

        parts.AddRange(Field is null ? Codes : Codes.Select(c => $"{c} at {Field}"));
        if (Status is { } s && !Success)
        {
            parts.Add("HTTP " + s);
        }

        return string.Join(" | ", parts);
    }
}
