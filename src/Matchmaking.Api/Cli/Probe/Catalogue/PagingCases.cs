using System.Globalization;
using System.Text;
using System.Text.Json;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>
/// first/after/last/before out of range, mixed up or forged, on every kind of connection: keyset cursors
/// (listings, matches, deals) of another orderBy or with keys no item has, position cursors (search,
/// recommendations, small lists) past the end.
/// </summary>
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
            yield return ProbeCase.One(G, $"{list}(after: cursor past the last date)", _ => Gql($"query($a: String) {{ {list}(first: 2, after: $a) {{ totalCount edges {{ cursor }} }} }}", new { a = Keyset("created-desc", long.MaxValue.ToString(CultureInfo.InvariantCulture)) }), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
            yield return ProbeCase.One(G, $"{list}(last: 2, before: cursor past the last date)", _ => Gql($"query($b: String) {{ {list}(last: 2, before: $b) {{ totalCount edges {{ cursor }} }} }}", new { b = Keyset("created-desc", long.MaxValue.ToString(CultureInfo.InvariantCulture)) }), Expect.Code(Bad));
        }

        yield return ProbeCase.One(G, "demands(first: 0)", _ => Gql("{ demands(first: 0) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: int.MaxValue)", _ => Gql("{ demands(first: 2147483647) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: int.MinValue)", _ => Gql("{ demands(first: -2147483648) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: not base64)", _ => Gql("{ demands(after: \"%%%\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: base64 of garbage)", _ => Gql("{ demands(after: \"bm9wZQ\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: negative cursor)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = Keyset("created-desc", "-5") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: cursor past long)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = Keyset("created-desc", "99999999999999999999") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: cursor at the latest date)", _ => Gql("query($a: String) { demands(first: 100, after: $a) { totalCount edges { cursor } } }", new { a = Keyset("created-desc", DateTimeOffset.MaxValue.UtcTicks.ToString(CultureInfo.InvariantCulture)) }), Expect.OkOr(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "demands(after: cursor at the earliest date)", _ => Gql("query($a: String) { demands(first: 5, orderBy: CREATED_AT_ASC, after: $a) { totalCount edges { cursor } } }", new { a = Keyset("created-asc", "0") }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "demands(after: empty string)", _ => Gql("{ demands(after: \"\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: emoji)", _ => Gql("{ demands(after: \"🔋🔋\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: 10,000 characters)", _ => Gql("query($a: String) { demands(after: $a) { totalCount } }", new { a = new string('Q', 10_000) }), Expect.Code(Bad));

        // The Relay rules: first goes with after, last with before; never both sizes.
        yield return ProbeCase.One(G, "demands(last: 5, after: a cursor)", c => Gql("query($a: String) { demands(last: 5, after: $a) { totalCount } }", new { a = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: 5, last: 5)", _ => Gql("{ demands(first: 5, last: 5) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(before: a cursor) without last", c => Gql("query($b: String) { demands(before: $b) { totalCount } }", new { b = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(first: 5, before: a cursor)", c => Gql("query($b: String) { demands(first: 5, orderBy: TITLE_ASC, before: $b) { totalCount } }", new { b = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(last: 0)", _ => Gql("{ demands(last: 0) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(last: 101)", _ => Gql("{ demands(last: 101) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(last: -1)", _ => Gql("{ demands(last: -1) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(first: 5, last: 5)", c => Gql("{ matches(first: 5, last: 5) { totalCount } }", bearer: c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "deals(last: 5, after: a cursor)", c => Gql("query($a: String) { deals(last: 5, after: $a) { totalCount } }", new { a = c.World.Cursors.Deals }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(last: 5) without before", _ => Gql("{ search(text: \"锂电池\", last: 5) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(first: 5, last: 5)", _ => Gql("{ search(text: \"锂电池\", first: 5, last: 5) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(before: a cursor) without last", c => Gql("query($b: String) { search(text: \"锂电池\", before: $b) { totalCount } }", new { b = c.World.Cursors.Search }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(last: 5, after: a cursor)", c => Gql("query($a: String) { search(text: \"锂电池\", last: 5, after: $a) { totalCount } }", new { a = c.World.Cursors.Search }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(last: 5, before: the first hit)", c => Gql("query($b: String) { search(text: \"锂电池\", last: 5, before: $b) { totalCount edges { cursor } pageInfo { hasPreviousPage } } }", new { b = c.World.Cursors.Search }), Expect.OkWhere("an empty page", d => d.GetProperty("search").GetProperty("edges").GetArrayLength() == 0));
        yield return ProbeCase.One(G, "search(last: 3, before: cursor near int.MaxValue)", _ => Gql("query($b: String) { search(text: \"锂电池\", last: 3, before: $b) { totalCount } }", new { b = Offset("2147483646") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "recommendations(last: 5) without before", c => Gql("query($f: ID!) { recommendations(for: $f, last: 5) { totalCount } }", new { f = c.World.Demand }), Expect.Code(Bad));

        // Keyset cursors: of another orderBy, of another kind of list, or forged.
        yield return ProbeCase.One(G, "demands(after: a TITLE_ASC cursor) in the default order", c => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(last: 2, before: a TITLE_ASC cursor) by UPDATED_AT_DESC", c => Gql("query($b: String) { demands(last: 2, orderBy: UPDATED_AT_DESC, before: $b) { totalCount } }", new { b = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(after: an UPDATED_AT_DESC cursor) by SCORE_DESC", c => Gql("query($a: String) { matches(first: 2, orderBy: SCORE_DESC, after: $a) { totalCount } }", new { a = c.World.Cursors.Matches }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "deals(after: a CREATED_AT_DESC cursor) by CREATED_AT_ASC", c => Gql("query($a: String) { deals(first: 2, orderBy: CREATED_AT_ASC, after: $a) { totalCount } }", new { a = c.World.Cursors.Deals }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "achievements(after: a demands cursor)", c => Gql("query($a: String) { achievements(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = c.World.Cursors.DemandsByTitle }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "demands(after: a search's position cursor)", c => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = c.World.Cursors.Search }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(after: a keyset cursor)", c => Gql("query($a: String) { search(text: \"锂电池\", first: 2, after: $a) { totalCount } }", new { a = c.World.Cursors.DemandsByTitle }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: a cursor with a flipped character)", c => Gql("query($a: String) { demands(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = Flip(c.World.Cursors.DemandsByTitle) }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a date that is words)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Keyset("created-desc", "yesterday") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, an unknown order)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Keyset("price-desc", "1") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a title with NUL)", _ => Gql("query($a: String) { demands(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = Keyset("title-asc", "锂\u0000电池") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a title with a lone surrogate)", _ => Gql("query($a: String) { demands(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = Encode($"[\"title-asc\",\"锂\\ud800电池\",\"{Guid.NewGuid():N}\"]") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a title of 10,000 characters)", _ => Gql("query($a: String) { demands(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = Keyset("title-asc", new string('题', 10_000)) }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "matches(after: forged, a score of NaN)", c => Gql("query($a: String) { matches(first: 2, orderBy: SCORE_DESC, after: $a) { totalCount } }", new { a = Keyset("score-desc", "NaN") }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(after: forged, a score past double)", c => Gql("query($a: String) { matches(first: 2, orderBy: SCORE_DESC, after: $a) { totalCount } }", new { a = Keyset("score-desc", "1e400") }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(after: forged, a score of -Infinity)", c => Gql("query($a: String) { matches(first: 2, orderBy: SCORE_DESC, after: $a) { totalCount } }", new { a = Keyset("score-desc", "-Infinity") }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a title with a quote)", _ => Gql("query($a: String) { demands(first: 2, orderBy: TITLE_ASC, after: $a) { totalCount } }", new { a = Keyset("title-asc", "x' OR '1'='1") }), Expect.Ok());
        yield return ProbeCase.One(G, "demands(after: forged, five parts)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Encode(JsonSerializer.Serialize(new[] { "created-desc", "1", Guid.NewGuid().ToString("N"), "x", "y" })) }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, nulls)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Encode("[null,null,null]") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, a JSON object)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Encode("{\"order\":\"created-desc\"}") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "demands(after: forged, JSON nested 1,000 deep)", _ => Gql("query($a: String) { demands(first: 2, after: $a) { totalCount } }", new { a = Encode(new string('[', 1000) + new string(']', 1000)) }), Expect.Code(Bad));

        // Position cursors on ranked results and small lists.
        yield return ProbeCase.One(G, "search(first: 101)", _ => Gql("{ search(text: \"锂电池\", first: 101) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(first: -1)", _ => Gql("{ search(text: \"锂电池\", first: -1) { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(after: cursor at int.MaxValue)", _ => Gql("query($a: String) { search(text: \"锂电池\", first: 2, after: $a) { totalCount } }", new { a = Offset("2147483647") }), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "search(after: cursor int.MaxValue - 1)", _ => Gql("query($a: String) { search(text: \"锂电池\", first: 100, after: $a) { totalCount } }", new { a = Offset("2147483646") }), Expect.OkOr(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "search(after: negative position)", _ => Gql("query($a: String) { search(text: \"锂电池\", first: 2, after: $a) { totalCount } }", new { a = Offset("-1") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search(after: forged)", _ => Gql("{ search(text: \"锂电池\", after: \"bm9wZQ\") { totalCount } }"), Expect.Code(Bad));
        yield return ProbeCase.One(G, "recommendations(first: 0)", c => Gql("query($f: ID!) { recommendations(for: $f, first: 0) { totalCount } }", new { f = c.World.Demand }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "recommendations(first: 1000)", c => Gql("query($f: ID!) { recommendations(for: $f, first: 1000) { totalCount } }", new { f = c.World.Demand }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(first: 1000) as a broker", c => Gql("{ matches(first: 1000) { totalCount } }", bearer: c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "matches(after: cursor past the last date)", c => Gql("query($a: String) { matches(first: 2, after: $a) { totalCount } }", new { a = Keyset("updated-desc", long.MaxValue.ToString(CultureInfo.InvariantCulture)) }, c.Broker), Expect.Code(Bad), "issue 12 item 1 (cursor overflow)");
        yield return ProbeCase.One(G, "deals(first: -1)", c => Gql("{ deals(first: -1) { totalCount } }", bearer: c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "a team(first: 0)", c => Gql("query($i: ID!) { achievement(id: $i) { team(first: 0) { totalCount } } }", new { i = c.World.Achievement }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "a team(after: cursor at int.MaxValue)", c => Gql("query($i: ID!, $a: String) { achievement(id: $i) { team(first: 2, after: $a) { totalCount } } }", new { i = c.World.Achievement, a = Offset("2147483647") }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "a deal's payments(last: 1, after: a cursor)", c => Gql("query($d: ID!, $a: String) { deal(id: $d) { payments(last: 1, after: $a) { totalCount } } }", new { d = c.World.Deal, a = Offset("0") }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "a deal's payments(last: 100, before: cursor near int.MaxValue)", c => Gql("query($d: ID!, $b: String) { deal(id: $d) { payments(last: 100, before: $b) { totalCount edges { cursor } } } }", new { d = c.World.Deal, b = Offset("2147483646") }, c.Broker), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "a deal's ledger(first: 101)", c => Gql("query($d: ID!) { deal(id: $d) { ledger(first: 101) { totalCount } } }", new { d = c.World.Deal }, c.Broker), Expect.Code(Bad));
        yield return ProbeCase.One(G, "viewer.savedSearches(before: forged) without last", c => Gql("{ viewer { savedSearches(before: \"bm9wZQ\") { totalCount } } }", bearer: c.Enterprise), Expect.Code(Bad));
    }

    /// <summary>A keyset cursor as the service writes one: base64url of [order, key, id].</summary>
    private static string Keyset(string order, string key) => Encode(JsonSerializer.Serialize(new[] { order, key, Guid.NewGuid().ToString("N") }));

    /// <summary>A position cursor as ranked results write one.</summary>
    private static string Offset(string position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + position)).TrimEnd('=');

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Flip(string cursor) => cursor[..^3] + (cursor[^3] == 'A' ? 'B' : 'A') + cursor[^2..];
}
