using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
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
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<Types.MatchType>>>("matches")
            .Description("Matches (撮合) most recently updated first: brokers and admins see all, enterprises and researchers those they are a party to.")
            .Argument<MatchFilterType>("filter")
            .Argument<IntGraphType>("first", "Page size, 1–100 (default 20).")
            .Argument<StringGraphType>("after", "Cursor of the last edge of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                string subject = Access.RequireSubject(viewer);
                var (offset, first) = Connections.Read(ctx);
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
                var page = await queries.Filter(visible, filter).ToPageAsync(offset, first, ctx.CancellationToken);
                return Connections.From(page);
            });

        query.Field<Types.MatchType>("match")
            .Description("A match by id; for brokers, admins and its parties.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await MatchAccess.LoadVisibleAsync(ctx.Viewer(), GlobalId.Decode(ctx.GetArgument<string>("id"), nameof(Match)), ctx.Loaders(), ctx.CancellationToken));

        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is asking, and what they own. Anonymous callers get isAuthenticated: false.")
            .Resolve(ctx => ctx.Viewer());
    }
}
