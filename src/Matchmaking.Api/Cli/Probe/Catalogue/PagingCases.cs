using System.Text;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>first and after out of range or forged, on every kind of connection.</summary>
internal static class PagingCases
{
    private const string G = "paging";
    private const string Bad = "BAD_USER_INPUT";

    public static IEnumerable<ProbeCase> All()
    {
        foreach (string list in new[] { "demands", "achievements", "experts", "enterprises" })
        {
            yield return ProbeCase.One(G, $"{list}(first: -1)", _ => Gql($"{{ {list}(first: -1) {{ totalCount }} }}"), Expect.Code(Bad));
            yield return ProbeCase.One(G, $"{list}(first: 101)", _ => Gql($"{{ {list}(first: 101) {{ totalCount }} }}"), Expect.Code(Bad));
            yield return ProbeCase.One(G, $"{list}(after: cursor at int.MaxValue)", _ => Gql($"query($a: String) {{ {list}(first: 2, after: $a) {{ totalCount edges {{ cursor }} }} }}", new { a = Cursor("2147483647") }), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
        }

        yield return ProbeCase.One(G, "demands(first: 0)", _ => Gql("{ demands(first: 0) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: int.MaxValue)", _ => Gql("{ demands(first: 2147483647) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: int.MinValue)", _ => Gql("{ demands(first: -2147483648) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: not base64)", _ => Gql("{ demands(after: \"%%%\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: base64 of garbage)", _ => Gql("{ demands(after: \"bm9wZQ\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: negative cursor)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = Cursor("-5") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: cursor past int)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = Cursor("99999999999") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: cursor int.MaxValue - 1)", _ => Gql("query($a: String) { demands(first: 100, after: $a) { totalCount edges { cursor } } }", new { a = Cursor("2147483646") }), Expect.OkOr(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "demands(after: empty string)", _ => Gql("{ demands(after: \"\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: emoji)", _ => Gql("{ demands(after: \"🔋🔋\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: 10,000 characters)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = new string('Q', 10_000) }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(first: 101)", _ => Gql("{ search(text: \"锂电池\", first: 101) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(first: -1)", _ => Gql("{ search(text: \"锂电池\", first: -1) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(after: cursor at int.MaxValue)", _ => Gql("query($a: String) { search(text: \"锂电池\", first: 2, after: $a) { totalCount } }", new { a = Cursor("2147483647") }), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "search(after: cursor int.MaxValue - 1)", _ => Gql("query($a: String) { search(text: \"锂电池\", first: 100, after: $a) { totalCount } }", new { a = Cursor("2147483646") }), Expect.OkOr(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "search(after: forged)", _ => Gql("{ search(text: \"锂电池\", after: \"bm9wZQ\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "recommendations(first: 0)", c => Gql("query($f: ID!) { recommendations(for: $f, first: 0) { totalCount } }", new { f = c.World.Demand }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "recommendations(first: 1000)", c => Gql("query($f: ID!) { recommendations(for: $f, first: 1000) { totalCount } }", new { f = c.World.Demand }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(first: 1000) as a broker", c => Gql("{ matches(first: 1000) { totalCount } }", bearer: c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(after: cursor at int.MaxValue)", c => Gql("query($a: String) { matches(first: 2, after: $a) { totalCount } }", new { a = Cursor("2147483647") }, c.Broker), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "deals(first: -1)", c => Gql("{ deals(first: -1) { id } }", bearer: c.Broker), Expect.OkOr(Bad));
    }

    private static string Cursor(string offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("cursor:" + offset));
}
