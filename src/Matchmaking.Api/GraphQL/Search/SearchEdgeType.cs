using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A hit: the listing as the node, the ranking's facts about it on the edge (Relay edges may carry such fields).</summary>
public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "One hit of a search or recommendation: the listing as `node`, and why it ranks here.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque; pass as `after` (or `before`) to page from this hit.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ListingInterface>>("node").Description("The listing: a Demand, Achievement, Expert or Enterprise.").Resolve(ctx => ctx.Source.Listing);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Final ranking score; higher is better, comparable within one result only.").Resolve(ctx => ctx.Source.Hit.Score);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why it ranks here: signals and their shares, matched terms, constraints.").Resolve(ctx => ctx.Source.Hit.Explanation);
        Field<NonNullGraphType<IntGraphType>>("duplicateCount").Description("How many listings this hit stands for (重复组大小): itself and its possible duplicates, folded into it when collapseDuplicates is on; 1 when it has none.").Resolve(ctx => ctx.Source.Hit.DuplicateGroupSize);
        Field<Types.MatchType>("existingMatch")
            .Description("For recommendations: the match (撮合) this listing already has with the one recommended for, when you may see it; null when there is none, and always for a free-text search.")
            .Resolve(ctx => ExistingMatch(ctx.Source, ctx.Viewer(), ctx.Loaders()));
        Field<ListGraphType<NonNullGraphType<ConflictOfInterestType>>>("conflicts")
            .Description("For recommendations, to brokers and admins: the conflicts of interest (利益冲突) a match of this pair would have — with you as its broker when you are a broker — so you see them before proposing it. Null for a free-text search and for other viewers.")
            .Resolve(ctx => Conflicts(ctx.Source, ctx.Viewer(), ctx.Loaders()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightType>>>>("highlights").Description("Passages with matches in <em>…</em> (HTML-escaped).").Resolve(ctx => ctx.Source.Hit.Explanation.Highlights);
    }

    private static Loading.Deferred<IReadOnlyList<Core.Matches.ConflictOfInterest>?>? Conflicts(SearchEdge edge, Auth.Viewer viewer, Loading.DataLoaders loaders)
    {
        if (edge.For is not { } source || !(viewer.IsBroker || viewer.IsAdmin)
            || (source.Kind == Core.Domain.ListingKind.Demand) == (edge.Hit.Kind is Core.Domain.ListingKind.Demand or Core.Domain.ListingKind.Enterprise))
        {
            return null;
        }

        var pair = source.Kind == Core.Domain.ListingKind.Demand
            ? new Core.Matches.ConflictPair(source.Id, Candidate(edge.Hit.Kind), edge.Hit.Id)
            : new Core.Matches.ConflictPair(edge.Hit.Id, Candidate(source.Kind), source.Id);
        var load = loaders.PairConflicts.Load((pair, viewer.IsBroker ? viewer.Subject! : ""));
        return new(async ct => await load.GetResultAsync(ct) ?? []);
    }

    private static Core.Domain.CandidateKind Candidate(Core.Domain.ListingKind kind) =>
        kind == Core.Domain.ListingKind.Expert ? Core.Domain.CandidateKind.Expert : Core.Domain.CandidateKind.Achievement;

    private static Loading.Deferred<Core.Domain.Match?>? ExistingMatch(SearchEdge edge, Auth.Viewer viewer, Loading.DataLoaders loaders)
    {
        if (edge.For is not { } source || viewer.Subject is null)
        {
            return null;
        }

        // A demand's candidates pair as (demand, hit); an achievement's or expert's demands as (hit, listing).
        var pair = source.Kind == Core.Domain.ListingKind.Demand ? (source.Id, edge.Hit.Id) : (edge.Hit.Id, source.Id);
        var load = loaders.MatchesByPair.Load(pair);
        return new(async ct =>
        {
            var match = await load.GetResultAsync(ct);
            return match is not null && await MatchAccess.CanSeeAsync(viewer, match, loaders, ct) ? match : null;
        });
    }
}
