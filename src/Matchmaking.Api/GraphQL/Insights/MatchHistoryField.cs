using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Insights;

/// <summary>Match.history: whoever may see a match sees its history, oldest entry first.</summary>
internal static class MatchHistoryField
{
    public static void Add(ObjectGraphType<Match> match)
    {
        match.Field<NonNullGraphType<ConnectionType<MatchEventGraphType>>>("history")
            .Description("Every proposal, stage change, rejection and feedback on this match, oldest first (撮合记录).")
            .Argument<IntGraphType>("first", "Page size, 1–100 (default 20).")
            .Argument<StringGraphType>("after", "Cursor of the last edge of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var (offset, first) = Connections.Read(ctx);
                var page = await ctx.Service<MatchmakingDbContext>().MatchEvents.AsNoTracking()
                    .Where(e => e.MatchId == ctx.Source.Id)
                    .OrderBy(e => e.At).ThenBy(e => e.Id)
                    .ToPageAsync(offset, first, ctx.CancellationToken);
                return Connections.From(page);
            });
    }
}
