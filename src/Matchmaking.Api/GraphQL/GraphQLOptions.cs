using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Api.GraphQL;

/// <summary>Limits and switches of the GraphQL endpoint. Nothing is limited by graphql-dotnet itself.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection allowed; a Relay page of matches with contacts is about 7 deep.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest estimated cost; list fields multiply their children by their first argument.</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 5_000;

    [Range(1, 100)]
    public int MaxPageSize { get; set; } = 100;

    [Range(1, 100)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>
    /// Deepest position a cursor may point to. Search retrieves offset + first candidates, so a far
    /// cursor is work as well as a bad input; past this, narrow the query instead of paging on.
    /// </summary>
    [Range(100, 1_000_000)]
    public int MaxOffset { get; set; } = 10_000;

    /// <summary>Deepest page start in search: it retrieves and reranks offset + first candidates per call.</summary>
    [Range(100, 100_000)]
    public int MaxSearchOffset { get; set; } = 1_000;

    /// <summary>How deep in a demand's recommendations createMatchFromRecommendation looks for the candidate (it reranks this many).</summary>
    [Range(10, 1_000)]
    public int RecommendationMatchDepth { get; set; } = 200;

    /// <summary>Most values in one list of a filter (regions, industries, …); Lucene allows 1,024 clauses in all.</summary>
    [Range(1, 1_000)]
    public int MaxFilterValues { get; set; } = 100;

    /// <summary>Longest query text accepted, in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxDocumentChars { get; set; } = 20_000;

    /// <summary>Largest request body, query plus variables, in bytes.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 256_000;

    /// <summary>Most operations in one batched (JSON array) request.</summary>
    [Range(1, 100)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Wall-clock limit of one operation; past it the operation fails with TIMEOUT.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Null (the default): on, except in the Production environment. Off: __schema and __type are refused
    /// (GraphiQL loses its docs).
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>Deepest introspection-only operation; GraphiQL's is about 13 levels.</summary>
    [Range(2, 50)]
    public int IntrospectionMaxDepth { get; set; } = 20;

    /// <summary>
    /// Largest cost of an introspection-only operation: one GraphiQL schema query (graphql-js
    /// getIntrospectionQuery) must fit and two aliased copies must not. The estimate grows with the schema
    /// (~1.4 million for the schema of 2026-12-01, ~2.43 million once the contract, notifications and
    /// analytics were in), so this moves with it: LimitsHardeningTests fails when one query no longer fits.
    /// </summary>
    [Range(10, 100_000_000)]
    public int IntrospectionMaxComplexity { get; set; } = 3_500_000;

    /// <summary>Most __schema / __type fields in one request (a batch counts as one), aliases counted.</summary>
    [Range(1, 100)]
    public int MaxIntrospectionFields { get; set; } = 2;

    /// <summary>
    /// Most search and recommendations fields in one request (all operations of a batch together), aliases counted: each runs the ranking
    /// pipeline, so the cost estimate (which counts fields, not CPU) cannot bound them.
    /// </summary>
    [Range(1, 100)]
    public int MaxExpensiveFields { get; set; } = 3;

    /// <summary>Whether introspection is answered in <paramref name="environment"/>.</summary>
    public bool IntrospectionEnabled(IHostEnvironment environment) => EnableIntrospection ?? !environment.IsProduction();
}
