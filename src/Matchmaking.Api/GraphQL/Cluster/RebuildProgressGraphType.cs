using GraphQL.Types;
using Matchmaking.Core.Search.Index;

namespace Matchmaking.Api.GraphQL.Cluster;

public sealed class RebuildProgressGraphType : ObjectGraphType<RebuildProgress>
{
    public RebuildProgressGraphType()
    {
        Name = "RebuildProgress";
        Description = "An index rebuild running on the answering node: listings written so far of those in its database snapshot.";
        Field<NonNullGraphType<IntGraphType>>("done").Description("Listings written to the new index so far.").Resolve(ctx => ctx.Source.Done);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Listings in the database snapshot the rebuild reads.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When the rebuild started writing.").Resolve(ctx => ctx.Source.StartedAt);
    }
}
