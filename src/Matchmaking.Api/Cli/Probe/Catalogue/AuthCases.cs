using System.Text.Json;
using Matchmaking.Api.Auth;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Bad tokens, wrong roles for every broker and admin mutation, other owners' things (node(id:) included), and contact gating.</summary>
internal static class AuthCases
{
    private const string G = "auth";
    private const string Unauth = "UNAUTHENTICATED";
    private const string Forbid = "FORBIDDEN";
    private const string Viewer = "{ viewer { subject role } }";

    public static IEnumerable<ProbeCase> All()
    {
        foreach (var c in Tokens())
        {
            yield return c;
        }

        foreach (var c in Anonymous())
        {
            yield return c;
        }

        foreach (var c in WrongRoles())
        {
            yield return c;
        }

        foreach (var c in OtherOwners())
        {
            yield return c;
        }

        foreach (var c in Contacts())
        {
            yield return c;
        }
    }

    private static IEnumerable<ProbeCase> Tokens()
    {
        var bad = new (string Name, Func<ProbeContext, string> Token, string? Pending)[]
        {
            ("expired an hour ago", c => c.Tokens.ExpiredLongAgo, null),
            ("expired a minute ago", c => c.Tokens.ExpiredAMinuteAgo, "issue 12 item 7 (clock skew)"),
            ("not valid yet", c => c.Tokens.NotYetValid, null),
            ("signed with another key", c => c.Tokens.WrongSignature, null),
            ("from another issuer", c => c.Tokens.WrongIssuer, null),
            ("for another audience", c => c.Tokens.WrongAudience, null),
            ("unsigned (alg none) claiming ADMIN", c => c.Tokens.AlgNone, null),
            ("garbage", _ => "not.a.token", null),
            ("a valid token cut short", c => c.Admin[..^5], null),
            ("a valid token with a flipped signature character", c => Flip(c.Admin), null),
            ("an empty bearer", _ => "Bearer ", null),
            ("a Basic credential", _ => "Basic YWRtaW46YWRtaW4=", null),
            ("8 KB of token", _ => new string('a', 8_000), null),
        };
        foreach (var (name, token, pending) in bad)
        {
            yield return ProbeCase.One(G, "token " + name, c => Gql(Viewer, bearer: token(c)), Expect.Http(401, Unauth), pending);
        }
    }

    private static IEnumerable<ProbeCase> Anonymous()
    {
        var fields = new (string Name, Func<ProbeContext, ProbeRequest> Request)[]
        {
            ("matches", _ => Gql("{ matches { totalCount } }")),
            ("match", c => Gql("query($m: ID!) { match(id: $m) { stage } }", new { m = c.World.Matches.Contracted })),
            ("deals", _ => Gql("{ deals { totalCount } }")),
            ("deal", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal })),
            ("statement", c => Gql("query($p: String!) { statement(payee: $p, period: \"2026-11\") { closing { amount } } }", new { p = c.World.Team })),
            ("node of a deal", c => Gql("query($i: ID!) { node(id: $i) { id ... on Deal { value { amount } } } }", new { i = c.World.Deal })),
            ("reconciliation", _ => Gql("{ reconciliation { ok } }")),
            ("postDemand", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } } }", new { e = c.World.Enterprise })),
            ("createDeal", c => Gql(ProbeSetup.CreateDealDocument, new { m = c.World.Matches.RaceDeal, parties = ProbeSetup.Parties(c.World.Tag) })),
            ("recordPayment", c => Gql("mutation($d: ID!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: \"anon\" }) { payment { id } } }", new { d = c.World.Deal })),
            ("requestReindex", _ => Gql("mutation { requestReindex(input: {}) { commandId } }")),
        };
        foreach (var (name, request) in fields)
        {
            yield return ProbeCase.One(G, "anonymous " + name, request, Expect.Code(Unauth));
        }
    }

    private static IEnumerable<ProbeCase> WrongRoles()
    {
        var brokerOrAdmin = new (string Name, Func<ProbeContext, string, ProbeRequest> Request)[]
        {
            ("proposeMatch", (c, t) => Gql("mutation($d: ID!, $x: ID!) { proposeMatch(input: { demandId: $d, candidateId: $x }) { match { id } } }", new { d = c.World.Demands[3], x = c.World.SecondExpert }, t)),
            ("advanceMatch", (c, t) => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m }) { match { stage } } }", new { m = c.World.Matches.ForeignAdvance }, t)),
            ("rejectMatch", (c, t) => Gql("mutation($m: ID!) { rejectMatch(input: { matchId: $m, reason: PRICE }) { match { stage } } }", new { m = c.World.Matches.ForeignReject }, t)),
            ("createDeal", (c, t) => Gql(ProbeSetup.CreateDealDocument, new { m = c.World.Matches.RaceDeal, parties = ProbeSetup.Parties(c.World.Tag) }, t)),
            ("recordPayment", (c, t) => Gql("mutation($d: ID!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: \"wrong-role\" }) { payment { id } } }", new { d = c.World.Deal }, t)),
            ("refundPayment", (c, t) => Gql("mutation($p: ID!) { refundPayment(input: { paymentId: $p, amount: { amount: \"1.00\" }, idempotencyKey: \"wrong-role\" }) { payment { id } } }", new { p = c.World.Payment }, t)),
        };
        foreach (var (name, request) in brokerOrAdmin)
        {
            foreach (string role in new[] { Roles.Enterprise, Roles.Researcher })
            {
                yield return ProbeCase.One(G, $"{name} as {role}", c => request(c, role == Roles.Enterprise ? c.Enterprise : c.Researcher), Expect.Code(Forbid));
            }
        }

        var adminOnly = new (string Name, string Document)[]
        {
            ("requestReindex", "mutation { requestReindex(input: {}) { commandId } }"),
            ("requestRetrain", "mutation { requestRetrain(input: { model: RANKER }) { jobId } }"),
            ("reconciliation", "{ reconciliation { ok } }"),
        };
        foreach (var (name, document) in adminOnly)
        {
            foreach (string role in new[] { Roles.Enterprise, Roles.Researcher, Roles.Broker })
            {
                yield return ProbeCase.One(G, $"{name} as {role}", c => Gql(document, bearer: c.Stranger(role)), Expect.Code(Forbid));
            }
        }

        yield return ProbeCase.One(G, "reconciliation with a role the API does not know", c => Gql("{ reconciliation { ok } }", bearer: c.Tokens.WithClaims(new Dictionary<string, object> { ["sub"] = "probe-root", ["role"] = "SUPERUSER" })), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "reconciliation with role admin in lower case", c => Gql("{ reconciliation { ok } }", bearer: c.Tokens.WithClaims(new Dictionary<string, object> { ["sub"] = "probe-lower", ["role"] = "admin" })), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "reconciliation as ADMIN without a subject", c => Gql("{ reconciliation { ok } }", bearer: c.Tokens.WithClaims(new Dictionary<string, object> { ["role"] = Roles.Admin })), Expect.Code(Unauth, Forbid));
        yield return ProbeCase.One(G, "postDemand as ENTERPRISE without a subject", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } } }", new { e = c.World.Enterprise }, c.Tokens.WithClaims(new Dictionary<string, object> { ["role"] = Roles.Enterprise })), Expect.Code(Unauth, Forbid));
        yield return ProbeCase.One(G, "postDemand as RESEARCHER", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } } }", new { e = c.World.Enterprise }, c.Researcher), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "publishAchievement as ENTERPRISE", c => Gql("mutation { publishAchievement(input: { title: \"t\", abstract: \"a\", trl: 3 }) { achievement { id } } }", bearer: c.Enterprise), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "registerEnterprise as BROKER", c => Gql("mutation($c: String!) { registerEnterprise(input: { name: \"n\", creditCode: $c }) { enterprise { id } } }", new { c = ProbeSetup.NewCreditCode() }, c.Broker), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "upsertExpert as BROKER", c => Gql("mutation { upsertExpert(input: { name: \"n\" }) { expert { id } } }", bearer: c.Broker), Expect.Code(Forbid));
    }

    private static IEnumerable<ProbeCase> OtherOwners()
    {
        yield return ProbeCase.One(G, "updateDemand of another enterprise", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, title: \"抢来的\" }) { demand { id } } }", new { i = c.World.Demand }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "closeDemand of another enterprise", c => Gql("mutation($i: ID!) { closeDemand(input: { id: $i }) { demand { id } } }", new { i = c.World.Demand }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "postDemand for another's enterprise", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } } }", new { e = c.World.Enterprise }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "updateAchievement of another researcher", c => Gql("mutation($i: ID!) { updateAchievement(input: { id: $i, askingPrice: { amount: \"1.00\" } }) { achievement { id } } }", new { i = c.World.Achievement }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "upsertExpert over another's profile", c => Gql("mutation($i: ID!) { upsertExpert(input: { id: $i, name: \"冒名\" }) { expert { id } } }", new { i = c.World.Expert }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "advanceMatch of another broker's match", c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m }) { match { stage } } }", new { m = c.World.Matches.ForeignAdvance }, c.Stranger(Roles.Broker)), Expect.Code(Forbid), "issue 12 item 2 (broker ownership)");
        yield return ProbeCase.One(G, "rejectMatch of another broker's match", c => Gql("mutation($m: ID!) { rejectMatch(input: { matchId: $m, reason: PRICE }) { match { stage } } }", new { m = c.World.Matches.ForeignReject }, c.Stranger(Roles.Broker)), Expect.Code(Forbid), "issue 12 item 2 (broker ownership)");
        yield return ProbeCase.One(G, "createDeal on another broker's match", c => Gql(ProbeSetup.CreateDealDocument, new { m = c.World.Matches.RaceDeal, parties = ProbeSetup.Parties(c.World.Tag) }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "recordPayment on another broker's deal", c => Gql("mutation($d: ID!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: \"foreign\" }) { payment { id } } }", new { d = c.World.Deal }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "refundPayment on another broker's deal", c => Gql("mutation($p: ID!) { refundPayment(input: { paymentId: $p, amount: { amount: \"1.00\" }, idempotencyKey: \"foreign\" }) { payment { id } } }", new { p = c.World.Payment }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "recordPayment on a forged deal with another deal's key", c => Gql("mutation($d: ID!, $k: String!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: $k }) { payment { id } userErrors { code message } } }", new { d = GraphQL.GlobalId.Encode("Deal", Guid.NewGuid()), k = c.World.PaymentKey }, c.Stranger(Roles.Broker)), Expect.Code("NOT_FOUND", Forbid), "issue 12 item 2 (global idempotency keys)");
        yield return ProbeCase.One(G, "deal of others as an ENTERPRISE", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "deal of another broker", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "deals of others are not listed", c => Gql("{ deals { totalCount edges { node { id } } } }", bearer: c.Stranger(Roles.Broker)), Expect.OkWhere("no deal listed", d => d.GetProperty("deals").GetProperty("totalCount").GetInt32() == 0));
        yield return ProbeCase.One(G, "statement of another payee", c => Gql("query($p: String!) { statement(payee: $p, period: \"2026-11\") { closing { amount } lines(first: 5) { edges { node { amount { amount } } } } } }", new { p = c.World.Team }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "node of a deal, another broker", c => Gql("query($i: ID!) { node(id: $i) { id ... on Deal { value { amount } } } }", new { i = c.World.Deal }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "node of a deal, a stranger enterprise", c => Gql("query($i: ID!) { node(id: $i) { id ... on Deal { parties { name } } } }", new { i = c.World.Deal }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "node of a payment, another broker", c => Gql("query($i: ID!) { node(id: $i) { id ... on Payment { amount { amount } } } }", new { i = c.World.Payment }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "node of a ledger entry, another broker", c => Gql("query($i: ID!) { node(id: $i) { id ... on LedgerEntry { amount { amount } payee } } }", new { i = c.World.LedgerEntry ?? GraphQL.GlobalId.Encode("LedgerEntry", 1) }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "a payment's deal through node, a stranger researcher", c => Gql("query($i: ID!) { node(id: $i) { ... on Payment { deal { value { amount } } } } }", new { i = c.World.Payment }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "match of another broker", c => Gql("query($m: ID!) { match(id: $m) { stage } }", new { m = c.World.Matches.Contracted }, c.Stranger(Roles.Enterprise)), Expect.OkOr(Forbid, "NOT_FOUND"));
    }

    /// <summary>Hidden contacts are data (contact null, contactVisibility says why), never an error per row.</summary>
    private static IEnumerable<ProbeCase> Contacts()
    {
        const string Visibility = "contact { phone } contactVisibility { visible reason }";
        const string DemandContact = "query($i: ID!) { demand(id: $i) { " + Visibility + " } }";
        const string ExpertContact = "query($i: ID!) { expert(id: $i) { " + Visibility + " } }";
        yield return ProbeCase.One(G, "contact of a demand, anonymous", c => Gql(DemandContact, new { i = c.World.Demand }), Hidden("SIGN_IN_REQUIRED"));
        yield return ProbeCase.One(G, "contact of a demand, a stranger enterprise", c => Gql(DemandContact, new { i = c.World.Demand }, c.Stranger(Roles.Enterprise)), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contact of a demand, the match's broker", c => Gql(DemandContact, new { i = c.World.Demand }, c.Broker), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contact of a demand, the other party before INTRODUCED", c => Gql(DemandContact, new { i = c.World.Demands[3] }, c.Researcher), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contact of a demand, the other party at CONTRACTED", c => Gql(DemandContact, new { i = c.World.Demand }, c.Researcher), Shown("INTRODUCED_MATCH"));
        yield return ProbeCase.One(G, "contact of an expert, the other party before INTRODUCED", c => Gql(ExpertContact, new { i = c.World.SecondExpert }, c.Enterprise), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contact of an expert, the other party at CONTRACTED", c => Gql(ExpertContact, new { i = c.World.Expert }, c.Enterprise), Shown("INTRODUCED_MATCH"));
        yield return ProbeCase.One(G, "contact of an expert, a stranger researcher", c => Gql(ExpertContact, new { i = c.World.Expert }, c.Stranger(Roles.Researcher)), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contact of an enterprise, a stranger", c => Gql("query($i: ID!) { enterprise(id: $i) { " + Visibility + " } }", new { i = c.World.Enterprise }, c.Stranger(Roles.Researcher)), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contacts through a page of demands, a stranger", c => Gql("query($e: ID) { demands(first: 5, filter: { enterpriseId: $e }) { edges { node { " + Visibility + " } } } }", new { e = c.World.Enterprise }, c.Stranger(Roles.Broker)), Hidden("NOT_A_PARTY"));
        yield return ProbeCase.One(G, "contacts through node(), anonymous", c => Gql("query($i: ID!) { node(id: $i) { ... on Expert { " + Visibility + " } } }", new { i = c.World.Expert }), Hidden("SIGN_IN_REQUIRED"));
        yield return ProbeCase.One(G, "contacts through search edges, anonymous", _ => Gql("{ search(text: \"锂电池 缺陷检测\", kinds: [DEMAND, EXPERT, ENTERPRISE], first: 20) { edges { node { ... on Demand { " + Visibility + " } ... on Expert { " + Visibility + " } ... on Enterprise { " + Visibility + " } } } } }"), Hidden("SIGN_IN_REQUIRED"));
        yield return ProbeCase.One(G, "contacts through a match's sides, a stranger broker", c => Gql("query($m: ID!) { match(id: $m) { demand { " + Visibility + " } candidate { ... on Expert { " + Visibility + " } } } }", new { m = c.World.Matches.Contracted }, c.Stranger(Roles.Broker)), Hidden("NOT_A_PARTY"));
    }

    /// <summary>Every listing in the answer has contact null and this reason (and there is at least one).</summary>
    private static Expect Hidden(string reason) => Expect.OkWhere($"every contact null, {reason}", data =>
        Listings(data).ToList() is { Count: > 0 } all && all.All(l => l.GetProperty("contact").ValueKind == JsonValueKind.Null
            && !l.GetProperty("contactVisibility").GetProperty("visible").GetBoolean() && l.GetProperty("contactVisibility").GetProperty("reason").GetString() == reason));

    private static Expect Shown(string reason) => Expect.OkWhere($"contact shown, {reason}", data =>
        Listings(data).ToList() is { Count: > 0 } all && all.All(l => l.GetProperty("contact").ValueKind == JsonValueKind.Object
            && l.GetProperty("contactVisibility").GetProperty("visible").GetBoolean() && l.GetProperty("contactVisibility").GetProperty("reason").GetString() == reason));

    /// <summary>Every object in the data that selected contactVisibility.</summary>
    private static IEnumerable<JsonElement> Listings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object when e.TryGetProperty("contactVisibility", out _) => [e],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Listings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Listings),
        _ => [],
    };

    private static string Flip(string token)
    {
        char last = token[^2];
        return token[..^2] + (last == 'A' ? 'B' : 'A') + token[^1];
    }
}
