using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>User text is never Lucene syntax: every one of these is a plain search (or a clear refusal), never INTERNAL.</summary>
internal static class SearchTextCases
{
    private const string G = "search text";
    private const string Search = "query($t: String!) { search(text: $t, first: 3) { totalCount edges { cursor score highlights { snippet } node { id kind displayName } } } }";

    private static readonly (string Name, string Text)[] Texts =
    [
        ("Lucene field syntax and an open group", "title:x AND ("),
        ("a lone *", "*"),
        ("a lone ?", "?"),
        ("a lone ~", "~"),
        ("a lone backslash", "\\"),
        ("backslashes", "\\\\ \\ \\\\\\"),
        ("an unclosed quote", "\"锂电池"),
        ("fuzzy syntax", "锂电池~0.5 电池~"),
        ("a range", "[a TO z] {1 TO}"),
        ("boost syntax", "锂电池^100 检测^"),
        ("every operator", "+-!():^[]\"{}~*?\\/&&||"),
        ("only punctuation", "!!!???...,,,"),
        ("only Chinese punctuation", "。，、；：“”《》"),
        ("only operators as words", "AND OR NOT"),
        ("a regex", "/锂.*池/"),
        ("a leading wildcard", "*电池"),
        ("emoji", "🔋🔋 锂电池 🚗"),
        ("zero-width and RTL marks", "锂\u200b电\u200e池\u202e"),
        ("full-width letters", "ＳｉＣ－ＭＯＳＦＥＴ"),
        ("SQL", "'; DROP TABLE Demands; --"),
        ("HTML", "<script>alert(1)</script> 锂电池"),
        ("an empty string", ""),
        ("only whitespace", "   \t\n  "),
        ("control characters", "锂\u0001\u0007\u001b电池"),
        ("one word 5,000 times", string.Concat(Enumerable.Repeat("锂电池 ", 5_000))),
        ("100,000 characters", new string('a', 50_000) + " " + new string('b', 49_999)),
        ("100,000 characters of words", string.Concat(Enumerable.Repeat("battery ", 12_500))),
    ];

    public static IEnumerable<ProbeCase> All()
    {
        foreach (var (name, text) in Texts)
        {
            yield return ProbeCase.One(G, name, _ => Gql(Search, new { t = text }), Expect.OkOr("BAD_USER_INPUT", "TOO_LONG"));
        }

        yield return ProbeCase.One(G, "NUL", _ => Raw("""{"query":"query($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"锂\u0000电池"}}"""), Expect.OkOr("INVALID_CHARACTERS", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "a lone high surrogate", _ => Raw("""{"query":"query($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"锂\uD800电池"}}"""), Expect.OkOr("INVALID_CHARACTERS", "BAD_USER_INPUT", "BAD_REQUEST"));
        yield return ProbeCase.One(G, "NUL as a GraphQL escape", _ => Raw("""{"query":"{ search(text: \"锂\\u0000电池\") { totalCount } }"}"""), Expect.OkOr("INVALID_CHARACTERS", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "a lone surrogate as a GraphQL escape", _ => Raw("""{"query":"{ search(text: \"锂\\uD800电池\") { totalCount } }"}"""), Expect.OkOr("INVALID_CHARACTERS", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "a lone low surrogate in the literal", _ => Raw("""{"query":"{ search(text: \"\\uDC00x\") { totalCount } }"}"""), Expect.OkOr("INVALID_CHARACTERS", "BAD_USER_INPUT", "SYNTAX_ERROR"));
        yield return ProbeCase.One(G, "Lucene syntax in saveSearch", c => Gql("mutation($t: String!) { saveSearch(input: { name: \"probe\", text: $t }) { savedSearch { id } userErrors { code } } }", new { t = "title:x AND (" }, c.Enterprise), Expect.Ok());
        yield return ProbeCase.One(G, "Lucene syntax in titleContains", _ => Gql("{ demands(filter: { titleContains: \"title:x AND ( % _ \\\\\" }) { totalCount } }"), Expect.Ok());
        yield return ProbeCase.One(G, "LIKE wildcards in nameContains", _ => Gql("{ experts(filter: { nameContains: \"%%__[]\" }) { totalCount } }"), Expect.Ok());
        yield return ProbeCase.One(G, "NUL in titleContains", _ => Raw("""{"query":"{ demands(filter: { titleContains: \"锂\\u0000\" }) { totalCount } }"}"""), Expect.OkOr("INVALID_CHARACTERS"), "issue 12 item 1 (NUL)");
        yield return ProbeCase.One(G, "100,000 characters in titleContains", _ => Gql("query($t: String) { demands(filter: { titleContains: $t }) { totalCount } }", new { t = new string('t', 100_000) }), Expect.OkOr("BAD_USER_INPUT", "TOO_LONG"));
    }
}
