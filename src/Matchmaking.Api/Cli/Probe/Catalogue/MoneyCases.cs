using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Deals, payments, refunds and statements with impossible amounts, currencies, shares and keys.</summary>
internal static class MoneyCases
{
    private const string G = "money";
    private const string Pay = "mutation($d: ID!, $a: String!, $k: String!, $c: String) { recordPayment(input: { dealId: $d, amount: { amount: $a, currency: $c }, idempotencyKey: $k }) { payment { id amount { amount } } userErrors { field code } } }";
    private const string Refund = "mutation($p: ID!, $a: String!, $k: String!, $kind: PaymentKind) { refundPayment(input: { paymentId: $p, amount: { amount: $a }, kind: $kind, idempotencyKey: $k }) { payment { id } userErrors { field code } } }";
    private const string Deal = "mutation($m: ID!, $v: String!, $c: String, $parties: [DealPartyInput!]!, $shares: [PolicyShareInput!]) { createDeal(input: { matchId: $m, contractType: LICENSE, value: { amount: $v, currency: $c }, parties: $parties, shares: $shares }) { deal { id } userErrors { field code } } }";
    private const string Statement = "query($p: String!, $m: String!) { statement(payee: $p, period: $m) { closing { amount } lines(first: 5) { totalCount } } }";

    public static IEnumerable<ProbeCase> All()
    {
        ProbeCase Payment(string name, string amount, Expect expect, string? currency = null, string? pending = null) =>
            ProbeCase.One(G, "recordPayment " + name, c => Gql(Pay, new { d = c.World.Deal, a = amount, k = $"probe-{Guid.NewGuid():N}", c = currency }, c.Broker), expect, pending);

        yield return Payment("negative", "-5.00", Expect.At("amount.amount", "NEGATIVE_AMOUNT"));
        yield return Payment("zero", "0.00", Expect.Code("AMOUNT_NOT_POSITIVE"));
        yield return Payment("three decimals", "1.001", Expect.At("amount.amount", "BAD_USER_INPUT", "AMOUNT_PRECISION"));
        yield return Payment("not a number", "abc", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("empty", "", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("with an exponent", "1e5", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("with spaces", " 1.00 ", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("with a currency sign", "¥1.00", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("with a thousands separator", "1,000.00", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("past decimal's range", "79228162514264337593543950336", Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return Payment("of 28 decimals", "0.0000000000000000000000000001", Expect.At("amount.amount", "BAD_USER_INPUT", "AMOUNT_PRECISION", "AMOUNT_NOT_POSITIVE"));
        yield return Payment("one cent past the deal value", "1000000.01", Expect.Code("PAYMENT_EXCEEDS_DEAL"), pending: "issue 12 item 6 (payment vs deal value)");
        yield return Payment("of ¥12.2 bn on a ¥1 m deal", "12200000000.00", Expect.Code("PAYMENT_EXCEEDS_DEAL"), pending: "issue 12 item 6 (payment vs deal value)");
        yield return Payment("in USD", "10.00", Expect.At("amount.currency", "CURRENCY_UNSUPPORTED"), "USD");
        yield return Payment("in an empty currency", "10.00", Expect.Code("CURRENCY_UNSUPPORTED", "BAD_USER_INPUT"), "");
        yield return Payment("in a 1,000-character currency", "10.00", Expect.Code("CURRENCY_UNSUPPORTED", "BAD_USER_INPUT"), new string('C', 1000));
        yield return ProbeCase.One(G, "recordPayment replayed key, same amount", c => Gql(Pay, new { d = c.World.Deal, a = ProbeWorld.PaymentAmount, k = c.World.PaymentKey }, c.Broker), Expect.Ok());
        yield return ProbeCase.One(G, "recordPayment replayed key, other amount", c => Gql(Pay, new { d = c.World.Deal, a = "100.01", k = c.World.PaymentKey }, c.Broker), Expect.Code("IDEMPOTENCY_CONFLICT"));
        yield return ProbeCase.One(G, "recordPayment empty idempotency key", c => Gql(Pay, new { d = c.World.Deal, a = "1.00", k = "" }, c.Broker), Expect.Code("REQUIRED", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "recordPayment idempotency key of 10,000 characters", c => Gql(Pay, new { d = c.World.Deal, a = "1.00", k = new string('k', 10_000) }, c.Broker), Expect.Code("TOO_LONG", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "recordPayment amount as an Int literal", c => Gql($$"""mutation { recordPayment(input: { dealId: "{{c.World.Deal}}", amount: { amount: 5 }, idempotencyKey: "probe-int" }) { payment { id } } }""", bearer: c.Broker), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "recordPayment amount as a bare string (the old form)", c => Gql($$"""mutation { recordPayment(input: { dealId: "{{c.World.Deal}}", amount: "5.00", idempotencyKey: "probe-old" }) { payment { id } } }""", bearer: c.Broker), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "recordPayment with the old bare arguments", c => Gql($$"""mutation { recordPayment(dealId: "{{c.World.Deal}}", amount: "5.00", idempotencyKey: "probe-old") { payment { id } } }""", bearer: c.Broker), Expect.Code("KNOWN_ARGUMENT_NAMES", "PROVIDED_NON_NULL_ARGUMENTS"));
        yield return ProbeCase.One(G, "recordPayment amount null in variables", c => Gql("mutation($d: ID!, $a: MoneyInput) { recordPayment(input: { dealId: $d, amount: $a, idempotencyKey: \"probe-null\" }) { payment { id } } }", new { d = c.World.Deal, a = (object?)null }, c.Broker), Expect.Code("VARIABLES_IN_ALLOWED_POSITION", "INVALID_VALUE"));
        yield return ProbeCase.One(G, "refundPayment more than was paid", c => Gql(Refund, new { p = c.World.Payment, a = "100.01", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.Code("REFUND_EXCEEDS_PAYMENT"));
        yield return ProbeCase.One(G, "refundPayment negative", c => Gql(Refund, new { p = c.World.Payment, a = "-1.00", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.At("amount.amount", "NEGATIVE_AMOUNT"));
        yield return ProbeCase.One(G, "refundPayment three decimals", c => Gql(Refund, new { p = c.World.Payment, a = "1.005", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.At("amount.amount", "BAD_USER_INPUT", "AMOUNT_PRECISION"));
        yield return ProbeCase.One(G, "refundPayment not a number", c => Gql(Refund, new { p = c.World.Payment, a = "some", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.At("amount.amount", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "refundPayment kind PAYMENT", c => Gql(Refund, new { p = c.World.Payment, a = "1.00", kind = "PAYMENT", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.At("kind", "INVALID_ENUM", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "refundPayment kind not an enum value", c => Gql(Refund, new { p = c.World.Payment, a = "1.00", kind = "GIFT", k = $"probe-r-{Guid.NewGuid():N}" }, c.Broker), Expect.Code("INVALID_VALUE"));
        yield return DealCase("value negative", c => new { m = c.World.Matches.RaceDeal, v = "-1.00", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.At("value.amount", "NEGATIVE_AMOUNT", "AMOUNT_NOT_POSITIVE"));
        yield return DealCase("value three decimals", c => new { m = c.World.Matches.RaceDeal, v = "1.005", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.At("value.amount", "BAD_USER_INPUT", "AMOUNT_PRECISION"));
        yield return DealCase("value not a number", c => new { m = c.World.Matches.RaceDeal, v = "a lot", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.At("value.amount", "BAD_USER_INPUT"));
        yield return DealCase("value in EUR", c => new { m = c.World.Matches.RaceDeal, v = "10.00", c = "EUR", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.At("value.currency", "CURRENCY_UNSUPPORTED"));
        yield return DealCase("value zero", c => new { m = c.World.Matches.RaceDeal, v = "0.00", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.Code("AMOUNT_NOT_POSITIVE"));
        yield return DealCase("shares summing to 9,999", c => new { m = c.World.Matches.RaceDeal, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag), shares = Shares(5000, 1500, 2000, 1499) }, Expect.Code("BASIS_POINTS_SUM"));
        yield return DealCase("a negative share", c => new { m = c.World.Matches.RaceDeal, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag), shares = Shares(12000, -2000, 0, 0) }, Expect.Code("NEGATIVE_SHARE"));
        yield return DealCase("a role twice", c => new { m = c.World.Matches.RaceDeal, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag), shares = new object[] { new { role = "INVENTORS", basisPoints = 5000 }, new { role = "INVENTORS", basisPoints = 5000 } } }, Expect.Code("DUPLICATE_ROLE"));
        yield return DealCase("a share without its party", c => new { m = c.World.Matches.RaceDeal, v = "10.00", parties = new object[] { new { role = "INVENTORS", name = "n", reference = "r" } }, shares = Shares(5000, 1500, 2000, 1500) }, Expect.Code("PARTY_MISSING"));
        yield return DealCase("shares of int.MaxValue", c => new { m = c.World.Matches.RaceDeal, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag), shares = Shares(int.MaxValue, int.MaxValue, 2, 0) }, Expect.Code("BASIS_POINTS_SUM"));
        yield return DealCase("on a SUGGESTED match", c => new { m = c.World.Matches.Suggested, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.Code("MATCH_NOT_CONTRACTED"));
        yield return DealCase("a second deal on a match", c => new { m = c.World.Matches.Contracted, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag) }, Expect.Code("DUPLICATE"));
        yield return ProbeCase.Race(G, "createDeal six at once on one match", 6, c => Gql(Deal, new { m = c.World.Matches.RaceDeal, v = "10.00", parties = ProbeSetup.Parties(c.World.Tag) }, c.Broker), Expect.Code("DUPLICATE"), "issue 12 item 1 (createDeal races)");
        yield return ProbeCase.One(G, "statement period 2026-13", c => Gql(Statement, new { p = c.World.Team, m = "2026-13" }, c.Admin), Expect.Code("PERIOD_INVALID"));
        yield return ProbeCase.One(G, "statement period garbage", c => Gql(Statement, new { p = c.World.Team, m = "last month" }, c.Admin), Expect.Code("PERIOD_INVALID"));
        yield return ProbeCase.One(G, "statement period year 0", c => Gql(Statement, new { p = c.World.Team, m = "0000-01" }, c.Admin), Expect.Code("PERIOD_INVALID"));
        yield return ProbeCase.One(G, "statement payee of 10,000 characters", c => Gql(Statement, new { p = new string('p', 10_000), m = "2026-11" }, c.Admin), Expect.OkOr("TOO_LONG", "BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "statement lines(first: 101)", c => Gql("query($p: String!) { statement(payee: $p, period: \"2026-11\") { lines(first: 101) { totalCount } } }", new { p = c.World.Team }, c.Admin), Expect.Code("BAD_USER_INPUT"));
        yield return ProbeCase.One(G, "the old statements field", c => Gql("query($p: String!) { statements(payee: $p, period: \"2026-11\") { closing { amount } } }", new { p = c.World.Team }, c.Admin), Expect.Code("FIELDS_ON_CORRECT_TYPE"));
    }

    private static ProbeCase DealCase(string name, Func<ProbeContext, object> variables, Expect expect) =>
        ProbeCase.One(G, "createDeal " + name, c => Gql(Deal, variables(c), c.Broker), expect);

    private static object[] Shares(int inventors, int institution, int broker, int platform) =>
    [
        new { role = "INVENTORS", basisPoints = inventors },
        new { role = "INSTITUTION", basisPoints = institution },
        new { role = "BROKER", basisPoints = broker },
        new { role = "PLATFORM", basisPoints = platform },
    ];
}
