using System.Text;
using static Matchmaking.Api.Cli.Probe.ProbeRequest;

namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Bodies and methods that are not a GraphQL request: the endpoint answers 4xx with a code, never 500.</summary>
internal static class TransportCases
{
    private const string G = "transport";
    private const string Viewer = """{"query":"{ viewer { isAuthenticated } }"}""";

    public static IEnumerable<ProbeCase> All()
    {
        yield return ProbeCase.One(G, "malformed JSON (cut off)", _ => Raw("""{"query": "{ viewer { isAuthenticated } }" """), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "not JSON at all", _ => Raw("hello"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "JSON number", _ => Raw("42"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "JSON string", _ => Raw("\"{ viewer { subject } }\""), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "JSON null", _ => Raw("null"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "empty object", _ => Raw("{}"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "query is a number", _ => Raw("""{"query": 5}"""), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "query is empty", _ => Raw("""{"query": ""}"""), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "variables is a string", _ => Raw("""{"query":"{ viewer { subject } }","variables":"x"}"""), Expect.Code("BAD_REQUEST", "INVALID_VALUE"));
        yield return ProbeCase.One(G, "variables is an array", _ => Raw("""{"query":"{ viewer { subject } }","variables":[1,2]}"""), Expect.Code("BAD_REQUEST", "INVALID_VALUE"));
        yield return ProbeCase.One(G, "empty body", _ => Raw(""), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "trailing garbage after the JSON", _ => Raw(Viewer + " xyz"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "variables nested 1,000 arrays deep", _ => Raw("""{"query":"{ viewer { subject } }","variables":{"a":""" + new string('[', 1000) + new string(']', 1000) + "}}"), Expect.Code("BAD_REQUEST", "INVALID_VALUE", "QUERY_TOO_DEEP"));
        yield return ProbeCase.One(G, "invalid UTF-8 bytes", _ => Bytes([.. Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\\\") { totalCount } }\"}")]), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "UTF-8 byte-order mark before the JSON", _ => Bytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Viewer)]), Expect.OkOr("BAD_REQUEST"));
        yield return ProbeCase.One(G, "text/plain body is not executed", _ => Raw(Viewer, "text/plain"), Expect.Http(415, "UNSUPPORTED_MEDIA_TYPE"), "issue 12 item 7 (text/plain)");
        yield return ProbeCase.One(G, "form-encoded body is not executed", _ => Raw("query=%7Bviewer%7Bsubject%7D%7D", "application/x-www-form-urlencoded"), Expect.Http(415, "UNSUPPORTED_MEDIA_TYPE"), "issue 12 item 7 (text/plain)");
        yield return ProbeCase.One(G, "multipart body is not executed", _ => Raw(Viewer, "multipart/form-data; boundary=x"), Expect.Http(415, "UNSUPPORTED_MEDIA_TYPE"), "issue 12 item 7 (text/plain)");
        yield return ProbeCase.One(G, "unparseable content type", _ => Raw(Viewer, "application/json; charset=\""), Expect.Http(415, "UNSUPPORTED_MEDIA_TYPE", "BAD_REQUEST"), "issue 12 item 7 (text/plain)");
        yield return ProbeCase.One(G, "body without a content type is not executed", _ => Raw(Viewer, null), Expect.Http(415, "UNSUPPORTED_MEDIA_TYPE"), "issue 12 item 7 (text/plain)");
        yield return ProbeCase.One(G, "body of 300 KB", _ => Raw("""{"query":"{ viewer { subject } }","variables":{"pad":""" + "\"" + new string('a', 300_000) + "\"}}"), Expect.Http(413, "REQUEST_TOO_LARGE"));
        yield return ProbeCase.One(G, "body of 4 MB", _ => Raw("""{"query":"{ viewer { subject } }","variables":{"pad":""" + "\"" + new string('a', 4_000_000) + "\"}}"), Expect.Http(413, "REQUEST_TOO_LARGE"));
        yield return ProbeCase.One(G, "empty batch []", _ => Raw("[]"), Expect.Http(400, "BATCH_EMPTY"), "issue 12 item 7 (empty batch)");
        yield return ProbeCase.One(G, "batch of 11", _ => Raw("[" + string.Join(",", Enumerable.Repeat(Viewer, 11)) + "]"), Expect.Http(400, "BATCH_TOO_LARGE"));
        yield return ProbeCase.One(G, "batch of 1,000", _ => Raw("[" + string.Join(",", Enumerable.Repeat(Viewer, 1000)) + "]"), Expect.Http(400, "BATCH_TOO_LARGE"));
        yield return ProbeCase.One(G, "batch holding null", _ => Raw("[null]"), Expect.Code("BAD_REQUEST"));
        yield return ProbeCase.One(G, "batch holding a number", _ => Raw("[1, 2]"), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "batch holding a syntax error", _ => Raw("""[{"query":"{ viewer {"}]"""), Expect.Code("SYNTAX_ERROR"));
        yield return ProbeCase.One(G, "batch of two, one bad", _ => Raw("[" + Viewer + """,{"query":"{ nothingHere }"}]"""), Expect.Code("FIELDS_ON_CORRECT_TYPE"));
        yield return ProbeCase.One(G, "GET with a query string runs the query", _ => new ProbeRequest("GET", "/graphql?query=%7Bviewer%7Bsubject%7D%7D", null, null, null), Expect.Ok(), "issue 18 item 6 (GET)");
        yield return ProbeCase.One(G, "GET with a mutation is 405", _ => new ProbeRequest("GET", "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), null, null, null), Expect.Http(405, "METHOD_NOT_ALLOWED"), "issue 18 item 6 (GET)");
        yield return ProbeCase.One(G, "GET with variables that are not JSON", _ => new ProbeRequest("GET", "/graphql?query=%7Bviewer%7Bsubject%7D%7D&variables=%5B1", null, null, null), Expect.Http(400, "BAD_REQUEST"));
        yield return ProbeCase.One(G, "GET with an unknown persisted-query hash", _ => new ProbeRequest("GET", "/graphql?extensions=" + Uri.EscapeDataString("""{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}"""), null, null, null), Expect.Code("PERSISTED_QUERY_NOT_FOUND"), "issue 18 item 6 (persisted queries)");
        yield return ProbeCase.One(G, "persisted-query hash that is not hex", _ => Raw("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}}"""), Expect.Code("BAD_USER_INPUT"), "issue 18 item 6 (persisted queries)");
        yield return ProbeCase.One(G, "PUT /graphql", _ => new ProbeRequest("PUT", "/graphql", Json, Encoding.UTF8.GetBytes(Viewer), null), Expect.Http(405));
        yield return ProbeCase.One(G, "DELETE /graphql", _ => new ProbeRequest("DELETE", "/graphql", null, null, null), Expect.Http(405));
        yield return ProbeCase.One(G, "POST to an unknown path", _ => new ProbeRequest("POST", "/graphql/extra", Json, Encoding.UTF8.GetBytes(Viewer), null), Expect.Http(404));
        yield return ProbeCase.One(G, "syntax error", _ => Gql("{ viewer { "), Expect.Code("SYNTAX_ERROR"));
        yield return ProbeCase.One(G, "subscription operation", _ => Gql("subscription { x }"), Expect.Code("OPERATION_NOT_SUPPORTED"), "issue 12 item 1 (subscription)");
        yield return ProbeCase.One(G, "operationName not in the document", _ => Raw("""{"query":"query A { viewer { subject } }","operationName":"B"}"""), Expect.Code("INVALID_OPERATION_NAME"));
        yield return ProbeCase.One(G, "two anonymous operations", _ => Gql("{ viewer { subject } } { viewer { role } }"), Expect.Code("NO_OPERATION_NAME", "LONE_ANONYMOUS_OPERATION"));
    }
}
