using Matchmaking.Api.Auth;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Bad tokens, wrong roles for every broker and admin mutation, other owners' things, and contact gating.</summary>
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
            ("deals", _ => Gql("{ deals { id } }")),
            ("deal", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal })),
            ("statements", c => Gql("query($p: String!) { statements(payee: $p, period: \"2026-11\") { closing { amount } } }", new { p = c.World.Team })),
            ("reconciliation", _ => Gql("{ reconciliation { ok } }")),
            ("postDemand", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } } }", new { e = c.World.Enterprise })),
            ("createDeal", c => Gql(ProbeSetup.CreateDealDocument, new { m = c.World.Matches.RaceDeal, parties = ProbeSetup.Parties(c.World.Tag) })),
            ("recordPayment", c => Gql("mutation($d: ID!) { recordPayment(dealId: $d, amount: \"1.00\", idempotencyKey: \"anon\") { payment { id } } }", new { d = c.World.Deal })),
            ("requestReindex", _ => Gql("mutation { requestReindex { commandId } }")),
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
            ("recordPayment", (c, t) => Gql("mutation($d: ID!) { recordPayment(dealId: $d, amount: \"1.00\", idempotencyKey: \"wrong-role\") { payment { id } } }", new { d = c.World.Deal }, t)),
            ("refundPayment", (c, t) => Gql("mutation($p: ID!) { refundPayment(paymentId: $p, amount: \"1.00\", idempotencyKey: \"wrong-role\") { payment { id } } }", new { p = c.World.Payment }, t)),
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
            ("requestReindex", "mutation { requestReindex { commandId } }"),
            ("requestRetrain", "mutation { requestRetrain(model: RANKER) { jobId } }"),
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
        yield return ProbeCase.One(G, "updateAchievement of another researcher", c => Gql("mutation($i: ID!) { updateAchievement(input: { id: $i, askingPrice: \"1.00\" }) { achievement { id } } }", new { i = c.World.Achievement }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "upsertExpert over another's profile", c => Gql("mutation($i: ID!) { upsertExpert(input: { id: $i, name: \"冒名\" }) { expert { id } } }", new { i = c.World.Expert }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "advanceMatch of another broker's match", c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m }) { match { stage } } }", new { m = c.World.Matches.ForeignAdvance }, c.Stranger(Roles.Broker)), Expect.Code(Forbid), "issue 12 item 2 (broker ownership)");
        yield return ProbeCase.One(G, "rejectMatch of another broker's match", c => Gql("mutation($m: ID!) { rejectMatch(input: { matchId: $m, reason: PRICE }) { match { stage } } }", new { m = c.World.Matches.ForeignReject }, c.Stranger(Roles.Broker)), Expect.Code(Forbid), "issue 12 item 2 (broker ownership)");
        yield return ProbeCase.One(G, "createDeal on another broker's match", c => Gql(ProbeSetup.CreateDealDocument, new { m = c.World.Matches.RaceDeal, parties = ProbeSetup.Parties(c.World.Tag) }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "recordPayment on another broker's deal", c => Gql("mutation($d: ID!) { recordPayment(dealId: $d, amount: \"1.00\", idempotencyKey: \"foreign\") { payment { id } } }", new { d = c.World.Deal }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "refundPayment on another broker's deal", c => Gql("mutation($p: ID!) { refundPayment(paymentId: $p, amount: \"1.00\", idempotencyKey: \"foreign\") { payment { id } } }", new { p = c.World.Payment }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "recordPayment on a forged deal with another deal's key", c => Gql("mutation($d: ID!, $k: String!) { recordPayment(dealId: $d, amount: \"1.00\", idempotencyKey: $k) { payment { id } userErrors { code message } } }", new { d = GraphQL.GlobalId.Encode("Deal", Guid.NewGuid()), k = c.World.PaymentKey }, c.Stranger(Roles.Broker)), Expect.Code("NOT_FOUND", Forbid), "issue 12 item 2 (global idempotency keys)");
        yield return ProbeCase.One(G, "deal of others as an ENTERPRISE", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "deal of another broker", c => Gql("query($d: ID!) { deal(id: $d) { value { amount } } }", new { d = c.World.Deal }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "deals of others are not listed", c => Gql("{ deals { id } }", bearer: c.Stranger(Roles.Broker)), Expect.Ok());
        yield return ProbeCase.One(G, "statements of another payee", c => Gql("query($p: String!) { statements(payee: $p, period: \"2026-11\") { closing { amount } } }", new { p = c.World.Team }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "match of another broker", c => Gql("query($m: ID!) { match(id: $m) { stage } }", new { m = c.World.Matches.Contracted }, c.Stranger(Roles.Enterprise)), Expect.OkOr(Forbid, "NOT_FOUND"));
    }

    private static IEnumerable<ProbeCase> Contacts()
    {
        const string DemandContact = "query($i: ID!) { demand(id: $i) { contact { phone } } }";
        const string ExpertContact = "query($i: ID!) { expert(id: $i) { contact { phone } } }";
        yield return ProbeCase.One(G, "contact of a demand, anonymous", c => Gql(DemandContact, new { i = c.World.Demand }), Expect.Code(Unauth));
        yield return ProbeCase.One(G, "contact of a demand, a stranger enterprise", c => Gql(DemandContact, new { i = c.World.Demand }, c.Stranger(Roles.Enterprise)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contact of a demand, the match's broker", c => Gql(DemandContact, new { i = c.World.Demand }, c.Broker), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contact of a demand, the other party before INTRODUCED", c => Gql(DemandContact, new { i = c.World.Demands[3] }, c.Researcher), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contact of a demand, the other party at CONTRACTED", c => Gql(DemandContact, new { i = c.World.Demand }, c.Researcher), Expect.Ok());
        yield return ProbeCase.One(G, "contact of an expert, the other party before INTRODUCED", c => Gql(ExpertContact, new { i = c.World.SecondExpert }, c.Enterprise), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contact of an expert, the other party at CONTRACTED", c => Gql(ExpertContact, new { i = c.World.Expert }, c.Enterprise), Expect.Ok());
        yield return ProbeCase.One(G, "contact of an expert, a stranger researcher", c => Gql(ExpertContact, new { i = c.World.Expert }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contact of an enterprise, a stranger", c => Gql("query($i: ID!) { enterprise(id: $i) { contact { phone } } }", new { i = c.World.Enterprise }, c.Stranger(Roles.Researcher)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contacts through a page of demands, a stranger", c => Gql("query($e: ID) { demands(first: 5, filter: { enterpriseId: $e }) { edges { node { contact { phone } } } } }", new { e = c.World.Enterprise }, c.Stranger(Roles.Broker)), Expect.Code(Forbid));
        yield return ProbeCase.One(G, "contacts through node(), anonymous", c => Gql("query($i: ID!) { node(id: $i) { ... on Expert { contact { phone } } } }", new { i = c.World.Expert }), Expect.Code(Unauth));
    }

    private static string Flip(string token)
    {
        char last = token[^2];
        return token[..^2] + (last == 'A' ? 'B' : 'A') + token[^1];
    }
}
