using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Matchmaking.Api.GraphQL.PersistedQueries;
using Matchmaking.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

/// <summary>
/// POST /graphql executes a request or a batch (a JSON array); GET /graphql?query=… executes a query
/// (GraphQL over HTTP), and a GET without one serves GraphiQL.
/// </summary>
internal static class GraphQLEndpoint
{
    public static void MapGraphQLEndpoint(this WebApplication app)
    {
        // The limiter runs here, after authentication, so that a token's subject is its partition.
        app.UseRateLimiter();
        app.MapPost("/graphql", ExecuteAsync).RequireRateLimiting(RateLimitSetup.Policy);
        app.MapGet("/graphql", ExecuteGetAsync).RequireRateLimiting(RateLimitSetup.Policy);
    }

    private static async Task ExecuteGetAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, IGraphQLTextSerializer serializer, Readiness readiness, PersistedQueryStore persisted, IOptions<GraphQLOptions> options)
    {
        if (!HttpGetRequest.HasOperation(http.Request))
        {
            // The page is a static file of the content root; a build run from elsewhere than the project or a
            // publish folder has none, which is a 404 that says so, not a 500.
            var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
            string page = Path.Combine(environment.WebRootPath ?? "wwwroot", "graphiql", "index.html");
            IResult answer = File.Exists(page)
                ? Results.File(page, "text/html; charset=utf-8")
                : Results.Json(new { errors = new[] { new { message = "The GraphiQL page is not in this build's wwwroot; POST queries to /graphql.", extensions = new { code = "NOT_FOUND" } } } }, statusCode: StatusCodes.Status404NotFound);
            await answer.ExecuteAsync(http);
            return;
        }

        if (!await AuthenticatedOrAnonymousAsync(http, serializer))
        {
            return;
        }

        var request = HttpGetRequest.Read(http.Request, serializer);
        if (request is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BAD_REQUEST", "variables and extensions must be JSON objects (URL-encoded).");
            return;
        }

        await ExecuteRequestsAsync(http, executer, serializer, readiness, persisted, options.Value, [request], batch: false);
    }

    private static async Task<bool> AuthenticatedOrAnonymousAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
        {
            // A bad token is refused outright rather than silently treated as anonymous.
            await WriteErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "The bearer token is missing, expired or invalid.");
            return false;
        }

        return true;
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, IGraphQLTextSerializer serializer, Readiness readiness, PersistedQueryStore persisted, IOptions<GraphQLOptions> options)
    {
        var limits = options.Value;
        CancellationToken ct = http.RequestAborted;
        if (!await AuthenticatedOrAnonymousAsync(http, serializer))
        {
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

        await ExecuteRequestsAsync(http, executer, serializer, readiness, persisted, limits, requests, batch);
    }

    private static async Task ExecuteRequestsAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, IGraphQLTextSerializer serializer, Readiness readiness, PersistedQueryStore persisted, GraphQLOptions limits, IList<GraphQLRequest?> requests, bool batch)
    {
        CancellationToken ct = http.RequestAborted;

        // A persisted query (extensions.persistedQuery) may come without text; its hash stands for it.
        if (!batch && requests[0]?.Query is not { Length: > 0 } && requests[0]?.Extensions?.ContainsKey("persistedQuery") != true)
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
        bool get = HttpMethods.IsGet(http.Request.Method);
        var results = new List<ExecutionResult>(requests.Count);
        var budget = new FieldBudgetValidationRule.RequestCounts();
        foreach (var request in requests)
        {
            results.Add(await ExecuteOneAsync(http, executer, persisted, request, limits, budget, get, ct));
        }

        string mediaType = HttpGetRequest.ResponseMediaType(http.Request);
        if (get && results[0].Errors?.Any(e => e.Code == NoMutationsOverGetValidationRule.MethodNotAllowed) == true)
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else if (!batch && mediaType == HttpGetRequest.GraphQLResponse && results[0].Data is null)
        {
            // application/graphql-response+json: a request that never reached execution is a 4xx, so
            // that caches and proxies do not take it for an answer.
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync<object>(http.Response.Body, batch ? results : results[0], ct);
    }

    private static async Task<ExecutionResult> ExecuteOneAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, PersistedQueryStore persisted, GraphQLRequest? request, GraphQLOptions limits, FieldBudgetValidationRule.RequestCounts budget, bool get, CancellationToken ct)
    {
        if (request is not null && request.Query?.Length > limits.MaxDocumentChars)
        {
            return Error("QUERY_TOO_LARGE", $"The query has {request.Query.Length} characters; at most {limits.MaxDocumentChars} are allowed.");
        }

        var resolved = persisted.Resolve(request?.Query, request?.Extensions);
        if (resolved.Code is not null)
        {
            return Error(resolved.Code, resolved.Message!);
        }

        if (resolved.Query is not { Length: > 0 } query)
        {
            return Error("BAD_REQUEST", "The request has no query.");
        }

        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = request!.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,

            // GraphQLSetup appends the endpoint's own rules to these.
            ValidationRules = get ? DocumentValidator.CoreRules.Append(NoMutationsOverGetValidationRule.Instance).ToList() : null,
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
