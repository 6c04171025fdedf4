using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Signed-in read fields: matches (the broker workflow) and viewer.</summary>
internal static class MatchQueryFields
{
    private static readonly Dictionary<MatchOrder, IKeysetOrder<Match>> Orders = new()
    {
        [MatchOrder.UpdatedAtDesc] = new KeysetOrder<Match, DateTimeOffset>("updated-desc", m => m.UpdatedAt, descending: true, m => m.Id),
        [MatchOrder.CreatedAtDesc] = new KeysetOrder<Match, DateTimeOffset>("created-desc", m => m.CreatedAt, descending: true, m => m.Id),
        [MatchOrder.ScoreDesc] = new KeysetOrder<Match, double>("score-desc", m => m.Score, descending: true, m => m.Id),
    };

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<Types.MatchType>>>("matches")
            .Description("Matches (撮合), most recently updated first by default: brokers and admins see all, enterprises and researchers those they are a party to.")
            .Argument<MatchFilterType>("filter", "Narrow the list; every given field must match.")
            .Argument<MatchOrderType>("orderBy", "Sort order; UPDATED_AT_DESC by default.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                string subject = Access.RequireSubject(viewer);
                var queries = ctx.Service<MatchQueries>();
                var f = ctx.Input("filter");
                var filter = new MatchFilter(
                    f.Value<MatchStage>("stage"),
                    f.Id("demandId", nameof(Demand)),
                    f.Value<CandidateKind>("candidateKind"),
                    f.Value<bool>("mine") == true ? subject : null);
                var visible = viewer.IsAdmin || viewer.IsBroker
                    ? ctx.Service<MatchmakingDbContext>().Matches.AsNoTracking()
                    : queries.PartyOf(subject);
                var order = Orders[ctx.GetArgument("orderBy", MatchOrder.UpdatedAtDesc)];
                return ConnectionPage.From(await Connections.KeysetAsync(ctx, queries.Filter(visible, filter), order));
            });

        query.Field<Types.MatchType>("match")
            .Description("A match by id; for brokers, admins and its parties.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The match's global id.")
            .ResolveAsync(async ctx => await MatchAccess.LoadVisibleAsync(ctx.Viewer(), GlobalId.Decode(ctx.GetArgument<string>("id"), nameof(Match)), ctx.Loaders(), ctx.CancellationToken));

        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is asking, and what they own. Anonymous callers get isAuthenticated: false.")
            .Resolve(ctx => ctx.Viewer());
    }
}

/// <summary>How the matches list is sorted.</summary>
public enum MatchOrder
{
    UpdatedAtDesc,
    CreatedAtDesc,
    ScoreDesc,
}

public sealed class MatchOrderType : EnumerationGraphType<MatchOrder>
{
    public MatchOrderType()
    {
        Name = "MatchOrder";
        Description = "Sort order of the matches list.";
        Values["UPDATED_AT_DESC"]!.Description = "Most recently changed first (default).";
        Values["CREATED_AT_DESC"]!.Description = "Newest first.";
        Values["SCORE_DESC"]!.Description = "Highest engine score first (scores compare within one demand).";
    }
}
