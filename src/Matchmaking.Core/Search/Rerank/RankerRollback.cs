using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Puts every node back on an earlier scorer in one step: by default the one switched on before the live
/// build (or none — the ranking recommendations had before any learned scorer — when the live build was the
/// first), or a build named by an earlier evaluation. It goes out the way a retrained build does
/// (<see cref="ModelDistribution.RepublishAsync"/>: stored, applied here, broadcast to every node).
/// </summary>
public sealed class RankerRollback(IServiceScopeFactory scopes, ModelDistribution distribution)
{
    public const string NothingToRollBack = "NOTHING_TO_ROLL_BACK";
    public const string NotSwitchedOn = "NOT_SWITCHED_ON";

    /// <summary>Returns the evaluation whose build is live now, or null when the learned scorer is off.</summary>
    public async Task<RankerEvaluation?> RollbackAsync(string? build, string actor, CancellationToken ct)
    {
        List<RankerEvaluation> switched;
        string live;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            switched = [.. (await RankerEvaluations.ListAsync(db, ct)).Where(e => e.SwitchedOn && e.Folder.Length > 0)];
            live = await RankerEvaluations.LiveFolderAsync(db, ct);
        }

        RankerEvaluation? target;
        if (build is { Length: > 0 })
        {
            target = switched.FirstOrDefault(e => e.Folder == build)
                ?? throw new DomainException(NotSwitchedOn, $"no retrain switched on a build named '{build}', so there is none to go back to.", "build");
        }
        else
        {
            if (live.Length == 0)
            {
                throw new DomainException(NothingToRollBack, "no learned scorer is live: recommendations already use the ranking they had before one.", "build");
            }

            // Newest first: the one after the live build's entry is the build switched on before it.
            int at = switched.FindIndex(e => e.Folder == live);
            target = at >= 0 && at + 1 < switched.Count ? switched[at + 1] : null;
        }

        string folder = target?.Folder ?? "";
        if (!await distribution.RepublishAsync(ModelDistribution.Ranker, folder, actor, ct))
        {
            throw new DomainException(NotSwitchedOn, $"the build {folder} is no longer stored.", "build");
        }

        return target;
    }
}
