using GraphQL;
using GraphQL.Transport;
using Matchmaking.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

/// <summary>POST /graphql executes a request or a batch (a JSON array); GET /graphql serves GraphiQL.</summary>
internal static class GraphQLEndpoint
{
    public static void MapGraphQLEndpoint(this WebApplication app)
    {
        // The limiter runs here, after authentication, so that a token's subject is its partition.
        app.UseRateLimiter();
        app.MapPost("/graphql", ExecuteAsync).RequireRateLimiting(RateLimitSetup.Policy);
        app.MapGet("/graphql", () =>
        {
            // The page is a static file of the content root; a build run from elsewhere than the project or a
            // publish folder has none, which is a 404 that says so, not a 500.
            string page = Path.Combine(app.Environment.WebRootPath ?? "wwwroot", "graphiql", "index.html");
            return File.Exists(page)
                ? Results.File(page, "text/html; charset=utf-8")
                : Results.Json(new { errors = new[] { new { message = "The GraphiQL page is not in this build's wwwroot; POST queries to /graphql.", extensions = new { code = "NOT_FOUND" } } } }, statusCode: StatusCodes.Status404NotFound);
        });
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, IGraphQLTextSerializer serializer, Readiness readiness, IOptions<GraphQLOptions> options)
    {
        var limits = options.Value;
        CancellationToken ct = http.RequestAborted;
        if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
        {
            // A bad token is refused outright rather than silently treated as anonymous.
            await WriteErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "The bearer token is missing, expired or invalid.");
            return;
        }

        if (!RequestBody.IsJson(http.Request))
        {
            // A form or text/plain body is what a cross-site page can send without a CORS preflight:
            // it is never executed.
            await WriteErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST the request as application/json.");
            return;
        }

        var body = await RequestBody.ReadAsync(http.Request, limits.MaxRequestBytes, ct);
        if (body is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body exceeds {limits.MaxRequestBytes} bytes.");
            return;
        }

        IList<GraphQLRequest?>? requests;
        bool batch = RequestBody.IsJsonArray(body);
        try
        {
            requests = batch
                ? await serializer.ReadAsync<IList<GraphQLRequest?>>(new MemoryStream(body), ct)
                : [await serializer.ReadAsync<GraphQLRequest>(new MemoryStream(body), ct)];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BAD_REQUEST", "The body is not a valid GraphQL request (JSON with a query field).");
            return;
        }

        if (requests is { Count: 0 })
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BATCH_EMPTY", "The batch is empty; send at least one operation.");
            return;
        }

        if (requests is null || requests.Count > limits.MaxBatchSize)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BATCH_TOO_LARGE", $"A batch holds 1 to {limits.MaxBatchSize} operations.");
            return;
        }

        if (!batch && requests[0]?.Query is not { Length: > 0 })
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BAD_REQUEST", "The request has no query.");
            return;
        }

        if (!readiness.IsReady)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, "NOT_READY", "The service is starting; try again shortly.");
            return;
        }

        // One at a time: the operations of a batch share the request's DbContext.
        var results = new List<ExecutionResult>(requests.Count);
        var budget = new FieldBudgetValidationRule.RequestCounts();
        foreach (var request in requests)
        {
            results.Add(await ExecuteOneAsync(http, executer, request, limits, budget, ct));
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync<object>(http.Response.Body, batch ? results : results[0], ct);
    }

    private static async Task<ExecutionResult> ExecuteOneAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, GraphQLRequest? request, GraphQLOptions limits, FieldBudgetValidationRule.RequestCounts budget, CancellationToken ct)
    {
        if (request?.Query is not { Length: > 0 } query)
        {
            return Error("BAD_REQUEST", "The request has no query.");
        }

        if (query.Length > limits.MaxDocumentChars)
        {
            return Error("QUERY_TOO_LARGE", $"The query has {query.Length} characters; at most {limits.MaxDocumentChars} are allowed.");
        }

        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new Dictionary<string, object?> { [FieldBudgetValidationRule.RequestCounts.Key] = budget },
            CancellationToken = ct,
        });
    }

    private static ExecutionResult Error(string code, string message) => new() { Errors = [new ExecutionError(message) { Code = code }] };

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, Error(code, message), http.RequestAborted);
    }
}
