using GraphQL;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Insights;

/// <summary>A history entry by id, for whoever may see its match.</summary>
internal static class MatchHistoryAccess
{
    public static async Task<MatchEvent?> LoadVisibleAsync(IResolveFieldContext ctx, Guid id)
    {
        var entry = await ctx.Service<MatchmakingDbContext>().MatchEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ctx.CancellationToken);
        return entry is not null && await MatchAccess.LoadVisibleAsync(ctx.Viewer(), entry.MatchId, ctx.Loaders(), ctx.CancellationToken) is not null ? entry : null;
    }
}
