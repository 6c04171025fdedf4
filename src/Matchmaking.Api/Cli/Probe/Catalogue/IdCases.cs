using System.Text;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Ids that are malformed, of the wrong kind, or of nothing: INVALID_ID or NOT_FOUND (or null), never INTERNAL.</summary>
internal static class IdCases
{
    private const string G = "ids";
    private const string Invalid = "INVALID_ID";
    private const string NotFound = "NOT_FOUND";

    public static IEnumerable<ProbeCase> All()
    {
        yield return ProbeCase.One(G, "node(id: garbage)", _ => Gql("{ node(id: \"garbage\") { id } }"), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: empty)", _ => Gql("{ node(id: \"\") { id } }"), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: 10,000 characters)", _ => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = new string('A', 10_000) }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: an Int literal)", _ => Gql("{ node(id: 123) { id } }"), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: with NUL)", _ => Raw("""{"query":"query($i: ID!) { node(id: $i) { id } }","variables":{"i":"RGVtYW5k\u0000"}}"""), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: unknown kind)", _ => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = Id("Spaceship", Guid.NewGuid()) }), Expect.OkOr(Invalid, NotFound));
        yield return ProbeCase.One(G, "node(id: unknown demand)", _ => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = Id("Demand", Guid.NewGuid()) }), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "node(id: kind without guid)", _ => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = B64("Demand:notaguid") }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: guid in D format)", _ => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = B64("Demand:" + Guid.NewGuid().ToString("D")) }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "demand(id: an enterprise's id)", c => Gql("query($i: ID!) { demand(id: $i) { id } }", new { i = c.World.Enterprise }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "demand(id: unknown)", _ => Gql("query($i: ID!) { demand(id: $i) { id } }", new { i = Id("Demand", Guid.NewGuid()) }), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "achievement(id: a demand's id)", c => Gql("query($i: ID!) { achievement(id: $i) { id } }", new { i = c.World.Demand }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "expert(id: garbage)", _ => Gql("{ expert(id: \"!!\") { id } }"), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "enterprise(id: an expert's id)", c => Gql("query($i: ID!) { enterprise(id: $i) { id } }", new { i = c.World.Expert }), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "match(id: a demand's id)", c => Gql("query($i: ID!) { match(id: $i) { id } }", new { i = c.World.Demand }, c.Broker), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "match(id: unknown)", c => Gql("query($i: ID!) { match(id: $i) { id } }", new { i = Id("Match", Guid.NewGuid()) }, c.Broker), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "deal(id: garbage)", c => Gql("{ deal(id: \"garbage\") { id } }", bearer: c.Broker), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "deal(id: a match's id)", c => Gql("query($i: ID!) { deal(id: $i) { id } }", new { i = c.World.Matches.Contracted }, c.Broker), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "deal(id: unknown)", c => Gql("query($i: ID!) { deal(id: $i) { id } }", new { i = Id("Deal", Guid.NewGuid()) }, c.Broker), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "node(id: a ledger entry numbered by a guid)", c => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = Id("LedgerEntry", Guid.NewGuid()) }, c.Admin), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: a ledger entry numbered past long)", c => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = B64("LedgerEntry:99999999999999999999") }, c.Admin), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: a ledger entry numbered -1)", c => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = B64("LedgerEntry:-1") }, c.Admin), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "node(id: unknown ledger entry)", c => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = Matchmaking.Api.GraphQL.GlobalId.Encode("LedgerEntry", long.MaxValue) }, c.Admin), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "node(id: unknown payment)", c => Gql("query($i: ID!) { node(id: $i) { id } }", new { i = Id("Payment", Guid.NewGuid()) }, c.Broker), Expect.OkOr(NotFound));
        yield return ProbeCase.One(G, "deals(filter: { matchId: a deal's id })", c => Gql("query($m: ID) { deals(filter: { matchId: $m }) { totalCount } }", new { m = c.World.Deal }, c.Broker), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "recommendations(for: garbage)", _ => Gql("{ recommendations(for: \"garbage\") { totalCount } }"), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "recommendations(for: an enterprise)", c => Gql("query($i: ID!) { recommendations(for: $i) { totalCount } }", new { i = c.World.Enterprise }), Expect.Code(Invalid, "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "recommendations(for: unknown demand)", _ => Gql("query($i: ID!) { recommendations(for: $i) { totalCount } }", new { i = Id("Demand", Guid.NewGuid()) }), Expect.Code(NotFound));
        yield return ProbeCase.One(G, "updateDemand(id: an achievement's id)", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, title: \"x\" }) { demand { id } userErrors { code } } }", new { i = c.World.Achievement }, c.Enterprise), Expect.Code(Invalid));
        yield return ProbeCase.One(G, "updateDemand(id: unknown)", c => Gql("mutation($i: ID!) { updateDemand(input: { id: $i, title: \"x\" }) { demand { id } userErrors { code } } }", new { i = Id("Demand", Guid.NewGuid()) }, c.Enterprise), Expect.Code(NotFound));
        yield return ProbeCase.One(G, "postDemand(enterpriseId: unknown)", c => Gql("mutation($e: ID!) { postDemand(input: { enterpriseId: $e, title: \"t\", description: \"d\" }) { demand { id } userErrors { code } } }", new { e = Id("Enterprise", Guid.NewGuid()) }, c.Enterprise), Expect.Code(NotFound));
        yield return ProbeCase.One(G, "proposeMatch(candidateId: a demand)", c => Gql("mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id } userErrors { code } } }", new { d = c.World.Demand, c = c.World.Demands[1] }, c.Broker), Expect.Code(Invalid, "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "proposeMatch(demandId: unknown)", c => Gql("mutation($d: ID!, $c: ID!) { proposeMatch(input: { demandId: $d, candidateId: $c }) { match { id } userErrors { code } } }", new { d = Id("Demand", Guid.NewGuid()), c = c.World.Expert }, c.Broker), Expect.Code(NotFound));
        yield return ProbeCase.One(G, "advanceMatch(matchId: unknown)", c => Gql("mutation($m: ID!) { advanceMatch(input: { matchId: $m }) { match { id } userErrors { code } } }", new { m = Id("Match", Guid.NewGuid()) }, c.Broker), Expect.Code(NotFound));
        yield return ProbeCase.One(G, "createDeal(matchId: unknown)", c => Gql(ProbeSetup.CreateDealDocument, new { m = Id("Match", Guid.NewGuid()), parties = ProbeSetup.Parties(c.World.Tag) }, c.Broker), Expect.Code(NotFound, "MATCH_NOT_CONTRACTED"));
        yield return ProbeCase.One(G, "recordPayment(dealId: a match's id)", c => Gql("mutation($d: ID!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: \"k\" }) { payment { id } userErrors { field code } } }", new { d = c.World.Matches.Contracted }, c.Broker), Expect.At("dealId", Invalid));
        yield return ProbeCase.One(G, "refundPayment(paymentId: garbage)", c => Gql("mutation { refundPayment(input: { paymentId: \"garbage\", amount: { amount: \"1.00\" }, idempotencyKey: \"k\" }) { payment { id } userErrors { field code } } }", bearer: c.Broker), Expect.At("paymentId", Invalid));
        yield return ProbeCase.One(G, "refundPayment(paymentId: unknown)", c => Gql("mutation($p: ID!) { refundPayment(input: { paymentId: $p, amount: { amount: \"1.00\" }, idempotencyKey: \"k\" }) { payment { id } userErrors { code } } }", new { p = Id("Payment", Guid.NewGuid()) }, c.Broker), Expect.Code(NotFound, "FORBIDDEN"));
    }

    private static string Id(string kind, Guid id) => Matchmaking.Api.GraphQL.GlobalId.Encode(kind, id);

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=');
}
