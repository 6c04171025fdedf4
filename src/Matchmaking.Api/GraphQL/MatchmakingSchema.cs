using GraphQL.Types;

namespace Matchmaking.Api.GraphQL;

/// <summary>The public API of Matchmaking.</summary>
public sealed class MatchmakingSchema : Schema
{
    public MatchmakingSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        RegisterType(new LongGraphType { Description = "A 64-bit integer, e.g. a change-log sequence number." });
        Description = "Matchmaking: enterprise technical demands (技术需求) matched to research achievements (科技成果) and experts (专家).";
    }
}
