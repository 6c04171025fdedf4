using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Insights;

/// <summary>Match.history: whoever may see a match sees its history, oldest entry first.</summary>
internal static class MatchHistoryField
{
    private static readonly KeysetOrder<MatchEvent, DateTimeOffset> Oldest = new("at-asc", e => e.At, descending: false, e => e.Id);

    public static void Add(ObjectGraphType<Match> match)
    {
        match.Field<NonNullGraphType<ConnectionGraphType<MatchEventGraphType>>>("history")
            .Description("Every proposal, claim, assignment, stage change, rejection, reopening, note and feedback on this match, oldest first (撮合记录), each with its actor.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var entries = ctx.Service<MatchmakingDbContext>().MatchEvents.AsNoTracking().Where(e => e.MatchId == ctx.Source.Id);
                return ConnectionPage.From(await Connections.KeysetAsync(ctx, entries, Oldest));
            });
    }
}
