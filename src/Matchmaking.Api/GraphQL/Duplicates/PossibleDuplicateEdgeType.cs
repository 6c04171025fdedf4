using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>The other listing as the node, the detector's facts about the pair on the edge.</summary>
public sealed class PossibleDuplicateEdgeType : ObjectGraphType<DuplicateEdge>
{
    public PossibleDuplicateEdgeType()
    {
        Name = "PossibleDuplicateEdge";
        Description = "A listing that may be the same as this one (疑似重复): the listing as `node`, how similar and why.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque; pass as `after` (or `before`) to page from this edge.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ListingInterface>>("node").Description("The other listing, of the same kind.").Resolve(ctx => ctx.Source.Listing);
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Estimated Jaccard similarity of the two texts' character shingles (相似度), 0–1; 1 for an expert who is the same person by name and institution or contact.").Resolve(ctx => ctx.Source.Duplicate.Similarity);
        Field<NonNullGraphType<DuplicateReasonType>>("reason").Description("Why they look like one listing.").Resolve(ctx => ctx.Source.Duplicate.Reason);
    }
}
