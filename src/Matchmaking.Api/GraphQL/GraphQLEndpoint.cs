using GraphQL;
using GraphQL.Transport;
using Matchmaking.Api.Hosting;

namespace Matchmaking.Api.GraphQL;

/// <summary>POST /graphql executes a request; GET /graphql serves the query page.</summary>
internal static class GraphQLEndpoint
{
    public static void MapGraphQLEndpoint(this WebApplication app)
    {
        app.MapPost("/graphql", ExecuteAsync);
        app.MapGet("/graphql", () => Results.File(Path.Combine(app.Environment.WebRootPath ?? "wwwroot", "graphiql", "index.html"), "text/html; charset=utf-8"));
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<MatchmakingSchema> executer, IGraphQLTextSerializer serializer, Readiness readiness)
    {
        CancellationToken ct = http.RequestAborted;
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BAD_REQUEST", "The body is not a valid GraphQL request (JSON with a query field).");
            return;
        }

        if (request?.Query is not { Length: > 0 })
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "BAD_REQUEST", "The request has no query.");
            return;
        }

        if (!readiness.IsReady)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, "NOT_READY", "The service is starting; try again shortly.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = ct,
        });
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
