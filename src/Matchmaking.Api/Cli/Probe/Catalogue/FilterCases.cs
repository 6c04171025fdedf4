using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Filters with bad enums, inverted ranges, out-of-range TRL and thousands of values.</summary>
internal static class FilterCases
{
    private const string G = "filters";
    private const string Bad = "BAD_USER_INPUT";
    private const string SearchWith = "query($f: SearchFilter) { search(text: \"锂电池\", filter: $f, first: 3) { totalCount } }";

    public static IEnumerable<ProbeCase> All()
    {
        yield return ProbeCase.One(G, "search industry literal not an enum value", _ => Gql("{ search(text: \"锂电池\", filter: { industries: [STEAM_ENGINES] }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search industry variable not an enum value", _ => Gql(SearchWith, new { f = new { industries = new[] { "STEAM_ENGINES" } } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "search industry as a string literal", _ => Gql("{ search(text: \"锂电池\", filter: { industries: [\"NEW_MATERIALS\"] }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search kinds: [NOPE]", _ => Gql("{ search(text: \"锂电池\", kinds: [NOPE]) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search kinds: []", _ => Gql("{ search(text: \"锂电池\", kinds: []) { totalCount } }"), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "search cooperationModes not an enum value", _ => Gql(SearchWith, new { f = new { cooperationModes = new[] { "BARTER" } } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "search minTrl 7 > maxTrl 3", _ => Gql(SearchWith, new { f = new { minTrl = 7, maxTrl = 3 } }), Expect.Code(Bad), "issue 12 item 7 (min > max)");
        yield return ProbeCase.One(G, "search budgetMin 500 > budgetMax 100", _ => Gql(SearchWith, new { f = new { budgetMin = new { amount = "500" }, budgetMax = new { amount = "100" } } }), Expect.Code(Bad), "issue 12 item 7 (min > max)");
        yield return ProbeCase.One(G, "search minTrl 0", _ => Gql(SearchWith, new { f = new { minTrl = 0 } }), Expect.OkOr(Bad, "TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "search maxTrl 10", _ => Gql(SearchWith, new { f = new { maxTrl = 10 } }), Expect.OkOr(Bad, "TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "search minTrl int.MinValue", _ => Gql(SearchWith, new { f = new { minTrl = int.MinValue, maxTrl = int.MaxValue } }), Expect.OkOr(Bad, "TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "search budgetMin negative", _ => Gql(SearchWith, new { f = new { budgetMin = new { amount = "-100.00" } } }), Expect.Code("NEGATIVE_AMOUNT"));
        yield return ProbeCase.One(G, "search budgetMin not a number", _ => Gql(SearchWith, new { f = new { budgetMin = new { amount = "lots" } } }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search budgetMin as a bare string (the old form)", _ => Gql(SearchWith, new { f = new { budgetMin = "100.00" } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "search budgetMin literal without amount", _ => Gql("{ search(text: \"锂电池\", filter: { budgetMin: { currency: \"CNY\" } }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE", "PROVIDED_REQUIRED_ARGUMENTS"));
        yield return ProbeCase.One(G, "search budgetMin in USD", _ => Gql(SearchWith, new { f = new { budgetMin = new { amount = "100.00", currency = "USD" } } }), Expect.Code("CURRENCY_UNSUPPORTED"));
        yield return ProbeCase.One(G, "search budgetMax with three decimals", _ => Gql(SearchWith, new { f = new { budgetMax = new { amount = "100.001" } } }), Expect.Code(Bad));
        yield return ProbeCase.One(G, "search budgetMax 1e30", _ => Gql(SearchWith, new { f = new { budgetMax = new { amount = "1000000000000000000000000000000" } } }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "search deadlineFrom 2026-13-45", _ => Gql(SearchWith, new { f = new { deadlineFrom = "2026-13-45" } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "search deadlineFrom year 0001", _ => Gql(SearchWith, new { f = new { deadlineFrom = "0001-01-01" } }), Expect.OkOr(Bad));
        yield return ProbeCase.One(G, "search 5,000 regions", _ => Gql(SearchWith, new { f = new { regions = Many("地区", 5_000) } }), Expect.Code("TOO_MANY", Bad), "issue 12 item 1 (>1024 filter values)");
        yield return ProbeCase.One(G, "search 1,025 regions", _ => Gql(SearchWith, new { f = new { regions = Many("地区", 1_025) } }), Expect.OkOr("TOO_MANY", Bad), "issue 12 item 1 (>1024 filter values)");
        yield return ProbeCase.One(G, "search 5,000 disciplines", _ => Gql(SearchWith, new { f = new { disciplines = Many("学科", 5_000) } }), Expect.Code("TOO_MANY", Bad), "issue 12 item 1 (>1024 filter values)");
        yield return ProbeCase.One(G, "search 5,000 statuses", _ => Gql(SearchWith, new { f = new { statuses = Enumerable.Repeat("OPEN", 5_000).ToArray() } }), Expect.Code("TOO_MANY", Bad), "issue 12 item 1 (>1024 filter values)");
        yield return ProbeCase.One(G, "search statuses variable not an enum value", _ => Gql(SearchWith, new { f = new { statuses = new[] { "NOPE" } } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "search statuses: [BOGUS]", _ => Gql("{ search(text: \"锂电池\", filter: { statuses: [BOGUS] }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search statuses as a string literal", _ => Gql("{ search(text: \"锂电池\", filter: { statuses: [\"OPEN\"] }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search statuses in lower case", _ => Gql(SearchWith, new { f = new { statuses = new[] { "open" } } }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "recommendations statuses: [BOGUS]", c => Gql("query($f: ID!) { recommendations(for: $f, filter: { statuses: [BOGUS] }) { totalCount } }", new { f = c.World.Demand }), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "search 1,000 industries (repeated)", _ => Gql(SearchWith, new { f = new { industries = Enumerable.Repeat("NEW_MATERIALS", 1_000).ToArray() } }), Expect.OkOr("TOO_MANY", Bad));
        yield return ProbeCase.One(G, "search region of 100,000 characters", _ => Gql(SearchWith, new { f = new { regions = new[] { new string('r', 100_000) } } }), Expect.OkOr("TOO_LONG", Bad));
        yield return ProbeCase.One(G, "achievements minTrl 9 > maxTrl 1", _ => Gql("{ achievements(filter: { minTrl: 9, maxTrl: 1 }) { totalCount } }"), Expect.Code(Bad), "issue 12 item 7 (min > max)");
        yield return ProbeCase.One(G, "achievements minTrl -5", _ => Gql("{ achievements(filter: { minTrl: -5 }) { totalCount } }"), Expect.OkOr(Bad, "TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "demands industry as a string literal", _ => Gql("{ demands(filter: { industry: \"NEW_MATERIALS\" }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "demands status not an enum value", _ => Gql("query($s: DemandStatus) { demands(filter: { status: $s }) { totalCount } }", new { s = "ARCHIVED" }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "demands orderBy not an enum value", _ => Gql("{ demands(orderBy: RANDOM) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "demands enterpriseId garbage", _ => Gql("{ demands(filter: { enterpriseId: \"garbage\" }) { totalCount } }"), Expect.Code("INVALID_ID"));
        yield return ProbeCase.One(G, "enterprises size not an enum value", _ => Gql("{ enterprises(filter: { size: HUGE }) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "deals contractType not an enum value", c => Gql("{ deals(filter: { contractType: BARTER }) { totalCount } }", bearer: c.Broker), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "deals orderBy not an enum value", c => Gql("{ deals(orderBy: AMOUNT_DESC) { totalCount } }", bearer: c.Broker), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "matches stage not an enum value", c => Gql("{ matches(filter: { stage: WON }) { totalCount } }", bearer: c.Broker), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "matches demandId of an expert", c => Gql("query($d: ID) { matches(filter: { demandId: $d }) { totalCount } }", new { d = c.World.Expert }, c.Broker), Expect.Code("INVALID_ID"));
    }

    private static string[] Many(string prefix, int count) => Enumerable.Range(0, count).Select(i => prefix + i).ToArray();
}
