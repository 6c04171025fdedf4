using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A hit with its position cursor; <see cref="SearchEdge"/> pairs the hit with its offset.</summary>
public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "One hit of a search or recommendation, best first.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this hit.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(ctx.Source.Hit.Kind.ToString(), ctx.Source.Hit.Id));
        Field<NonNullGraphType<ListingKindType>>("kind").Resolve(ctx => ctx.Source.Hit.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Hit.Title);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Final ranking score; higher is better, comparable within one result only.").Resolve(ctx => ctx.Source.Hit.Score);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why it ranks here: signals and their shares, matched terms, constraints.").Resolve(ctx => ctx.Source.Hit.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightType>>>>("highlights").Description("Passages with matches in <em>…</em> (HTML-escaped).").Resolve(ctx => ctx.Source.Hit.Explanation.Highlights);
        Field<NodeInterface>("node").Description("The listing itself (Demand, Achievement, Expert or Enterprise).").ResolveAsync(async ctx =>
        {
            var loaders = ctx.Loaders();
            var hit = ctx.Source.Hit;
            return hit.Kind switch
            {
                Core.Domain.ListingKind.Demand => (object?)await loaders.Demands.Load(hit.Id).GetResultAsync(ctx.CancellationToken),
                Core.Domain.ListingKind.Achievement => await loaders.Achievements.Load(hit.Id).GetResultAsync(ctx.CancellationToken),
                Core.Domain.ListingKind.Expert => await loaders.Experts.Load(hit.Id).GetResultAsync(ctx.CancellationToken),
                _ => await loaders.Enterprises.Load(hit.Id).GetResultAsync(ctx.CancellationToken),
            };
        });
    }
}
