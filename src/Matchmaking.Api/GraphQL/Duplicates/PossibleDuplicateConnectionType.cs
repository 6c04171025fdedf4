using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Matchmaking.Api.GraphQL.Duplicates;

public sealed class PossibleDuplicateConnectionType : ObjectGraphType<DuplicatePage>
{
    public PossibleDuplicateConnectionType()
    {
        Name = "PossibleDuplicateConnection";
        Description = "Possible duplicates of a listing (疑似重复), most similar first (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PossibleDuplicateEdgeType>>>>("edges").Description("The page's possible duplicates, most similar first.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Cursors of the first and last edge, and whether there is more on either side.").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many possible duplicates there are, before paging.").Resolve(ctx => ctx.Source.TotalCount);
    }
}
