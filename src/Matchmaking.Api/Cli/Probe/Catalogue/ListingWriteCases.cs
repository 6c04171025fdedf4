using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Listing and match writes with missing, oversized or impossible values: userErrors with a code.</summary>
internal static class ListingWriteCases
{
    private const string G = "listing writes";
    private const string PostDemand = "mutation($i: PostDemandInput!) { postDemand(input: $i) { demand { id } userErrors { field code } } }";
    private const string Publish = "mutation($i: PublishAchievementInput!) { publishAchievement(input: $i) { achievement { id } userErrors { field code } } }";
    private const string Register = "mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { enterprise { id } userErrors { field code } } }";
    private const string Upsert = "mutation($i: UpsertExpertInput!) { upsertExpert(input: $i) { expert { id } userErrors { field code } } }";

    public static IEnumerable<ProbeCase> All()
    {
        ProbeCase Demand(string name, Func<ProbeContext, Dictionary<string, object?>, Dictionary<string, object?>> change, Expect expect, string? pending = null) =>
            ProbeCase.One(G, "postDemand " + name, c => Gql(PostDemand, new { i = change(c, BaseDemand(c)) }, c.Enterprise), expect, pending);

        yield return ProbeCase.One(G, "postDemand without title (literal)", c => Gql($$"""mutation { postDemand(input: { enterpriseId: "{{c.World.Enterprise}}", description: "d" }) { demand { id } } }""", bearer: c.Enterprise), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE", "PROVIDED_REQUIRED_ARGUMENTS"));
        yield return ProbeCase.One(G, "postDemand without title (variables)", c => Gql(PostDemand, new { i = new { enterpriseId = c.World.Enterprise, description = "d" } }, c.Enterprise), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "postDemand title null", c => Gql(PostDemand, new { i = new { enterpriseId = c.World.Enterprise, title = (string?)null, description = "d" } }, c.Enterprise), Expect.Code("INVALID_VALUE"));
        yield return Demand("title empty", (_, d) => Set(d, "title", ""), Expect.Code("REQUIRED"));
        yield return Demand("title only spaces", (_, d) => Set(d, "title", "   "), Expect.Code("REQUIRED"));
        yield return Demand("title 201 characters", (_, d) => Set(d, "title", new string('题', 201)), Expect.Code("TOO_LONG"));
        yield return Demand("description 20,001 characters", (_, d) => Set(d, "description", new string('述', 20_001)), Expect.Code("TOO_LONG"));
        yield return Demand("31 keywords", (_, d) => Set(d, "keywords", Enumerable.Range(0, 31).Select(i => "词" + i).ToArray()), Expect.Code("TOO_MANY"));
        yield return Demand("a keyword of 51 characters", (_, d) => Set(d, "keywords", new[] { new string('词', 51) }), Expect.Code("TOO_LONG"));
        yield return Demand("region of 101 characters", (_, d) => Set(d, "region", new string('区', 101)), Expect.Code("TOO_LONG"));
        yield return Demand("budgetMin negative", (_, d) => Set(d, "budgetMin", Money("-100.00")), Expect.At("budgetMin.amount", "NEGATIVE_AMOUNT"));
        yield return Demand("budgetMin above budgetMax", (_, d) => Set(Set(d, "budgetMin", Money("500000.00")), "budgetMax", Money("100.00")), Expect.Code("BUDGET_RANGE_INVALID"));
        yield return Demand("budgetMax above 100 billion", (_, d) => Set(d, "budgetMax", Money("100000000001.00")), Expect.Code("BUDGET_RANGE_INVALID"));
        yield return Demand("budgetMin with three decimals", (_, d) => Set(d, "budgetMin", Money("1.234")), Expect.At("budgetMin.amount", "BAD_USER_INPUT"));
        yield return Demand("budgetMin not a number", (_, d) => Set(d, "budgetMin", Money("cheap")), Expect.At("budgetMin.amount", "BAD_USER_INPUT"));
        yield return Demand("budgetMin past decimal", (_, d) => Set(d, "budgetMin", Money("79228162514264337593543950336")), Expect.At("budgetMin.amount", "BAD_USER_INPUT"));
        yield return Demand("budgetMin amount as a float", (_, d) => Set(d, "budgetMin", new { amount = 1.5 }), Expect.Code("INVALID_VALUE"));
        yield return Demand("budgetMin as a bare string (the old form)", (_, d) => Set(d, "budgetMin", "100.00"), Expect.Code("INVALID_VALUE"));
        yield return Demand("budgetMin without an amount", (_, d) => Set(d, "budgetMin", new { currency = "CNY" }), Expect.Code("INVALID_VALUE"));
        yield return Demand("budgetMax in USD", (_, d) => Set(d, "budgetMax", new { amount = "1000.00", currency = "USD" }), Expect.At("budgetMax.currency", "CURRENCY_UNSUPPORTED"));
        yield return Demand("budgetMin in lower-case cny", (_, d) => Set(d, "budgetMin", new { amount = "1000.00", currency = "cny" }), Expect.At("budgetMin.currency", "CURRENCY_UNSUPPORTED"));
        yield return Demand("requiredTrl 0", (_, d) => Set(d, "requiredTrl", 0), Expect.Code("TRL_OUT_OF_RANGE"));
        yield return Demand("requiredTrl 10", (_, d) => Set(d, "requiredTrl", 10), Expect.Code("TRL_OUT_OF_RANGE"));
        yield return Demand("deadline in the past", (_, d) => Set(d, "deadline", "2000-01-01"), Expect.Code("DEADLINE_PASSED"));
        yield return Demand("deadline not a date", (_, d) => Set(d, "deadline", "next spring"), Expect.Code("INVALID_VALUE"));
        yield return Demand("cooperationModes not an enum value", (_, d) => Set(d, "cooperationModes", new[] { "BARTER" }), Expect.Code("INVALID_VALUE"));
        yield return Demand("industry not an enum value", (_, d) => Set(d, "industry", "STEAM"), Expect.Code("INVALID_VALUE"));
        yield return Demand("contact phone of 10,000 characters", (_, d) => Set(d, "contact", new { phone = new string('1', 10_000) }), Expect.Code("TOO_LONG"), "issue 12 item 1 (NUL/lone surrogate; contact lengths)");
        yield return ProbeCase.One(G, "postDemand title with NUL", c => Raw(RawDemand(c, "锂电池\\u0000检测"), bearer: c.Enterprise), Expect.Code("INVALID_CHARACTERS"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "postDemand title with a lone surrogate", c => Raw(RawDemand(c, "锂电池\\uD800检测"), bearer: c.Enterprise), Expect.Code("INVALID_CHARACTERS", "BAD_REQUEST"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "postDemand title with NUL as a GraphQL escape", c => Gql(LiteralDemand(c, "锂电池\\u0000检测"), bearer: c.Enterprise), Expect.Code("INVALID_CHARACTERS"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "postDemand title with a lone surrogate as a GraphQL escape", c => Gql(LiteralDemand(c, "锂电池\\uD800检测"), bearer: c.Enterprise), Expect.Code("INVALID_CHARACTERS"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "publishAchievement title with a lone surrogate as a GraphQL escape", c => Gql("mutation { publishAchievement(input: { title: \"锂电池\\uDC00\", abstract: \"a\", trl: 3 }) { achievement { id } userErrors { field code } } }", bearer: c.Researcher), Expect.Code("INVALID_CHARACTERS"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "rejectMatch note with NUL", c => Gql("mutation($m: ID!) { rejectMatch(input: { matchId: $m, reason: OTHER, note: \"价格\\u0000\" }) { match { stage } userErrors { code } } }", new { m = c.World.Matches.RaceStage }, c.Broker), Expect.Code("INVALID_CHARACTERS"), "issue 12 item 1 (NUL/lone surrogate)");
        yield return ProbeCase.One(G, "updateDemand title empty", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, title: \"\" }) { demand { id } userErrors { code } } }", new { i = c.World.Demands[3] }, c.Enterprise), Expect.Code("REQUIRED"));
        yield return ProbeCase.One(G, "updateDemand requiredTrl 42", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, requiredTrl: 42 }) { demand { id } userErrors { code } } }", new { i = c.World.Demands[3] }, c.Enterprise), Expect.Code("TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "publishAchievement trl 0", c => Gql(Publish, new { i = new { title = "t", @abstract = "a", trl = 0, ipForm = "KNOW_HOW" } }, c.Researcher), Expect.Code("TRL_OUT_OF_RANGE"));
        yield return ProbeCase.One(G, "publishAchievement without the optional trl", c => Gql(Publish, new { i = new { title = "探针成果 " + c.World.Tag, @abstract = "摘要", ipForm = "KNOW_HOW" } }, c.Researcher), Expect.Ok(), "issue 12 item 7 (trl default)");
        yield return ProbeCase.One(G, "publishAchievement askingPrice negative", c => Gql(Publish, new { i = new { title = "t", @abstract = "a", trl = 3, askingPrice = Money("-1.00") } }, c.Researcher), Expect.At("askingPrice.amount", "NEGATIVE_AMOUNT"));
        yield return ProbeCase.One(G, "publishAchievement askingPrice in USD", c => Gql(Publish, new { i = new { title = "t", @abstract = "a", trl = 3, askingPrice = new { amount = "1000.00", currency = "USD" } } }, c.Researcher), Expect.At("askingPrice.currency", "CURRENCY_UNSUPPORTED"));
        yield return ProbeCase.One(G, "updateAchievement askingPrice in USD", c => Gql("mutation($i: ID!) { updateAchievement(input: { id: $i, askingPrice: { amount: \"1.00\", currency: \"USD\" } }) { achievement { id } userErrors { field code } } }", new { i = c.World.Achievement }, c.Researcher), Expect.At("askingPrice.currency", "CURRENCY_UNSUPPORTED"));
        yield return ProbeCase.One(G, "updateDemand budgetMax not a number", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, budgetMax: { amount: \"1e6\" } }) { demand { id } userErrors { field code } } }", new { i = c.World.Demands[3] }, c.Enterprise), Expect.At("budgetMax.amount", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "publishAchievement abstract empty", c => Gql(Publish, new { i = new { title = "t", @abstract = "", trl = 3 } }, c.Researcher), Expect.Code("REQUIRED"));
        yield return ProbeCase.One(G, "publishAchievement team of unknown experts", c => Gql(Publish, new { i = new { title = "t", @abstract = "a", trl = 3, teamExpertIds = new[] { c.World.Demand } } }, c.Researcher), Expect.Code("INVALID_ID", "NOT_FOUND"));
        yield return ProbeCase.One(G, "upsertExpert name empty", c => Gql(Upsert, new { i = new { name = "" } }, c.Researcher), Expect.Code("REQUIRED"));
        yield return ProbeCase.One(G, "upsertExpert name of 101 characters", c => Gql(Upsert, new { i = new { name = new string('名', 101) } }, c.Researcher), Expect.Code("TOO_LONG"));
        yield return ProbeCase.One(G, "registerEnterprise credit code too short", c => Gql(Register, new { i = new { name = "n", creditCode = "123" } }, c.Enterprise), Expect.Code("CREDIT_CODE_INVALID"));
        yield return ProbeCase.One(G, "registerEnterprise credit code with a wrong check character", c => Gql(Register, new { i = new { name = "n", creditCode = WrongCheck(ProbeSetup.NewCreditCode()) } }, c.Enterprise), Expect.Code("CREDIT_CODE_INVALID"));
        yield return ProbeCase.One(G, "registerEnterprise credit code empty", c => Gql(Register, new { i = new { name = "n", creditCode = "" } }, c.Enterprise), Expect.Code("REQUIRED"));
        yield return ProbeCase.One(G, "registerEnterprise duplicate credit code", c => Gql(Register, new { i = new { name = "重复企业", creditCode = c.World.CreditCode } }, c.Enterprise), Expect.Code("DUPLICATE"));
        yield return ProbeCase.One(G, "registerEnterprise name of 101 characters", c => Gql(Register, new { i = new { name = new string('企', 101), creditCode = ProbeSetup.NewCreditCode() } }, c.Enterprise), Expect.Code("TOO_LONG"));
        yield return ProbeCase.One(G, "proposeMatch the same pair again", c => Gql("mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id } userErrors { code } } }", new { d = c.World.Demand, c = c.World.Expert }, c.Broker), Expect.Code("DUPLICATE"));
        yield return ProbeCase.One(G, "advanceMatch skipping a stage", c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m, to: NEGOTIATING }) { match { stage } userErrors { code } } }", new { m = c.World.Matches.Suggested }, c.Broker), Expect.Code("INVALID_TRANSITION"));
        yield return ProbeCase.One(G, "advanceMatch back to SUGGESTED", c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m, to: SUGGESTED }) { match { stage } userErrors { code } } }", new { m = c.World.Matches.Contracted }, c.Broker), Expect.Code("INVALID_TRANSITION"));
        yield return ProbeCase.One(G, "rejectMatch OTHER without a note", c => Gql("mutation($m: ID!) { rejectMatch(input: { matchId: $m, reason: OTHER }) { match { stage } userErrors { code } } }", new { m = c.World.Matches.Suggested }, c.Broker), Expect.Code("REQUIRED"));
        yield return ProbeCase.Race(G, "six identical advances at once", 6, c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m, to: SHORTLISTED }) { match { stage } userErrors { code } } }", new { m = c.World.Matches.RaceStage }, c.Broker), Expect.Code("CONFLICT", "INVALID_TRANSITION"), "issue 12 item 3 (racing stage changes)");
        yield return ProbeCase.One(G, "saveSearch name empty", c => Gql("mutation { saveSearch(input: { name: \"\", text: \"锂电池\" }) { savedSearch { id } userErrors { code } } }", bearer: c.Enterprise), Expect.Code("REQUIRED"));
        yield return ProbeCase.One(G, "giveFeedback note of 100,000 characters", c => Gql("mutation($m: ID!, $n: String) { giveFeedback(input: { matchId: $m, useful: true, note: $n }) { match { id } userErrors { code } } }", new { m = c.World.Matches.Suggested, n = new string('n', 100_000) }, c.Broker), Expect.Code("TOO_LONG"));
        yield return ProbeCase.One(G, "requestRetrain model not an enum value", c => Gql("mutation { requestRetrain(input: { model: EVERYTHING }) { jobId } }", bearer: c.Admin), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "requestRetrain with the old bare argument", c => Gql("mutation { requestRetrain(model: RANKER) { jobId } }", bearer: c.Admin), Expect.Code("KNOWN_ARGUMENT_NAMES", "PROVIDED_NON_NULL_ARGUMENTS"));
        yield return ProbeCase.One(G, "requestReindex without input", c => Gql("mutation { requestReindex { commandId } }", bearer: c.Admin), Expect.Code("PROVIDED_NON_NULL_ARGUMENTS", "PROVIDED_REQUIRED_ARGUMENTS"));
        yield return ProbeCase.One(G, "requestReindex with an unknown input field", c => Gql("mutation { requestReindex(input: { everything: true }) { commandId } }", bearer: c.Admin), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
    }

    private static Dictionary<string, object?> BaseDemand(ProbeContext c) => new()
    {
        ["enterpriseId"] = c.World.Enterprise,
        ["title"] = "探针需求 " + c.World.Tag,
        ["description"] = "描述",
    };

    private static object Money(string amount) => new { amount };

    private static Dictionary<string, object?> Set(Dictionary<string, object?> d, string key, object? value)
    {
        d[key] = value;
        return d;
    }

    private static string RawDemand(ProbeContext c, string escapedTitle) =>
        """{"query":"mutation($i: PostDemandInput!) { postDemand(input: $i) { demand { id } userErrors { field code } } }","variables":{"i":{"enterpriseId":""" +
        "\"" + c.World.Enterprise + "\",\"title\":\"" + escapedTitle + "\",\"description\":\"d\"}}}";

    private static string LiteralDemand(ProbeContext c, string title) =>
        $$"""mutation { postDemand(input: { enterpriseId: "{{c.World.Enterprise}}", title: "{{title}}", description: "d" }) { demand { id } userErrors { field code } } }""";

    private static string WrongCheck(string code) => code[..17] + (code[17] == '0' ? '1' : '0');
}
