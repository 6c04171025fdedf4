using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Depth, cost, aliases, size and introspection: refused by analysis before anything runs.</summary>
internal static class LimitCases
{
    private const string G = "limits";

    public static IEnumerable<ProbeCase> All()
    {
        yield return ProbeCase.One(G, "introspection chain 13 deep beside data", _ => Gql("{ viewer { isAuthenticated } __type(name: \"Demand\") { " + OfType(12) + " } }"), Expect.Code("QUERY_TOO_DEEP"));
        yield return ProbeCase.One(G, "selection nested 65 deep", _ => Gql(Nested(65)), Expect.Code("QUERY_TOO_DEEP"), "issue 12 item 1 (deep nesting)");
        yield return ProbeCase.One(G, "selection nested 1,000 deep", _ => Gql(Nested(1000)), Expect.Code("QUERY_TOO_DEEP"), "issue 12 item 1 (deep nesting)");
        yield return ProbeCase.One(G, "list literal 1,000 deep", _ => Gql("{ search(text: \"x\", kinds: " + new string('[', 1000) + new string(']', 1000) + ") { totalCount } }"), Expect.Code("QUERY_TOO_DEEP"), "issue 12 item 1 (deep nesting)");
        yield return ProbeCase.One(G, "object literal 1,000 deep", _ => Gql("{ search(text: \"x\", filter: " + string.Concat(Enumerable.Repeat("{ a: ", 1000)) + "1" + new string('}', 1000) + ") { totalCount } }"), Expect.Code("QUERY_TOO_DEEP"), "issue 12 item 1 (deep nesting)");
        yield return ProbeCase.One(G, "ten pages of 100 demands with enterprises", _ => Gql("{ " + string.Concat(Enumerable.Range(0, 10).Select(i => $"d{i}: demands(first: 100) {{ edges {{ node {{ title enterprise {{ name region }} }} }} }} ")) + "}"), Expect.Code("QUERY_TOO_COMPLEX"));
        yield return ProbeCase.One(G, "60 aliases of demands(first: 100)", _ => Gql("{ " + string.Concat(Enumerable.Range(0, 60).Select(i => $"d{i}: demands(first: 100) {{ totalCount edges {{ node {{ id }} }} }} ")) + "}"), Expect.Code("QUERY_TOO_COMPLEX"));
        yield return ProbeCase.One(G, "150 aliases of search", _ => Gql("{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"s{i}: search(text: \"锂电池 {i}\", first: 1) {{ totalCount }} ")) + "}"), Expect.Code("TOO_EXPENSIVE", "QUERY_TOO_COMPLEX"), "issue 12 item 4 (aliases)");
        yield return ProbeCase.One(G, "30 aliases of recommendations", c => Gql("{ " + string.Concat(Enumerable.Range(0, 30).Select(i => $"r{i}: recommendations(for: \"{c.World.Demand}\", first: 1) {{ totalCount }} ")) + "}"), Expect.Code("TOO_EXPENSIVE", "QUERY_TOO_COMPLEX"), "issue 12 item 4 (aliases)");
        yield return ProbeCase.One(G, "1,000 aliases of viewer", _ => Gql("{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"v{i}: viewer {{ isAuthenticated }} ")) + "}"), Expect.OkOr("QUERY_TOO_COMPLEX", "TOO_EXPENSIVE", "QUERY_TOO_LARGE"));
        yield return ProbeCase.One(G, "one alias used for two different fields", _ => Gql("{ a: viewer { subject } a: cluster { thisNode } }"), Expect.Code("FIELDS_ON_CORRECT_TYPE", "OVERLAPPING_FIELDS_CAN_BE_MERGED"));
        yield return ProbeCase.One(G, "query text over 20,000 characters", _ => Gql("{ viewer { isAuthenticated } " + new string(' ', 25_000) + "}"), Expect.Code("QUERY_TOO_LARGE"));
        yield return ProbeCase.One(G, "query of 19,000 characters of comments", _ => Gql("# " + new string('x', 19_000) + "\n{ viewer { isAuthenticated } }"), Expect.Ok());
        yield return ProbeCase.One(G, "introspection as GraphiQL asks it", _ => Gql($"query IntrospectionQuery {{ __schema {{ queryType {{ name }} types {{ name fields {{ name args {{ name type {{ kind name {OfType(8)} }} }} type {{ kind name {OfType(8)} }} }} }} }} }}"), Expect.Ok());
        yield return ProbeCase.One(G, "introspection-only chain 30 deep", _ => Gql("{ __type(name: \"Demand\") { " + OfType(30) + " } }"), Expect.Code("QUERY_TOO_DEEP"), "issue 12 item 4 (introspection budget)");
        yield return ProbeCase.One(G, "five aliased __schema copies", _ => Gql("{ " + string.Concat(Enumerable.Range(0, 5).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}"), Expect.Code("TOO_EXPENSIVE", "QUERY_TOO_COMPLEX"), "issue 12 item 4 (introspection budget)");
        yield return ProbeCase.One(G, "fragment cycle", _ => Gql("fragment A on Query { viewer { subject } ...B } fragment B on Query { ...A } { ...A }"), Expect.Code("NO_FRAGMENT_CYCLES"));
        yield return ProbeCase.One(G, "unknown field", _ => Gql("{ nothingHere }"), Expect.Code("FIELDS_ON_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "unknown argument", _ => Gql("{ demands(nope: 1) { totalCount } }"), Expect.Code("KNOWN_ARGUMENT_NAMES"));
        yield return ProbeCase.One(G, "required argument missing", _ => Gql("{ demand { id } }"), Expect.Code("PROVIDED_NON_NULL_ARGUMENTS"));
        yield return ProbeCase.One(G, "unknown directive", _ => Gql("{ viewer @nope { subject } }"), Expect.Code("KNOWN_DIRECTIVES"));
        yield return ProbeCase.One(G, "1,000 @skip directives", _ => Gql("{ viewer " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1000)) + "{ subject } }"), Expect.Code("UNIQUE_DIRECTIVES_PER_LOCATION"));
        yield return ProbeCase.One(G, "variable of the wrong type", _ => Gql("query($n: Int) { demands(first: $n) { totalCount } }", new { n = "abc" }), Expect.Code("INVALID_VALUE"));
        yield return ProbeCase.One(G, "Int literal past 32 bits", _ => Gql("{ demands(first: 2147483648) { totalCount } }"), Expect.Code("ARGUMENTS_OF_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "undeclared variable", _ => Gql("{ demands(first: $n) { totalCount } }"), Expect.Code("NO_UNDEFINED_VARIABLES"));
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{ a ", depth)) + string.Concat(Enumerable.Repeat("}", depth));

    private static string OfType(int depth)
    {
        string inner = "name";
        for (int i = 0; i < depth; i++)
        {
            inner = $"ofType {{ {inner} }}";
        }

        return inner;
    }
}
