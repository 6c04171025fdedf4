using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Puts every node back on an earlier scorer in one step: by default the one switched on before the live
/// build (or none — the ranking recommendations had before any learned scorer — when the live build was the
/// first), or the build of a given evaluation. It goes out the way a retrained build does
/// (<see cref="ModelDistribution.RepublishAsync"/>: stored, applied here, broadcast to every node).
/// </summary>
public sealed class RankerRollback(IServiceScopeFactory scopes, ModelDistribution distribution)
{
    public const string NothingToRollBack = "NOTHING_TO_ROLL_BACK";
    public const string NotSwitchedOn = "NOT_SWITCHED_ON";

    /// <summary>Returns the evaluation whose build is live now, or null when the learned scorer is off.</summary>
    public async Task<RankerEvaluation?> RollbackAsync(long? evaluationId, string actor, CancellationToken ct)
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
        if (evaluationId is { } id)
        {
            target = switched.FirstOrDefault(e => e.Id == id)
                ?? throw new DomainException(NotSwitchedOn, $"evaluation {id} does not exist or its scorer was never switched on, so there is no build to go back to.", "evaluationId");
        }
        else
        {
            if (live.Length == 0)
            {
                throw new DomainException(NothingToRollBack, "no learned scorer is live: recommendations already use the ranking they had before one.", "evaluationId");
            }

            // Newest first: the one after the live build's entry is the build switched on before it.
            int at = switched.FindIndex(e => e.Folder == live);
            target = at >= 0 && at + 1 < switched.Count ? switched[at + 1] : null;
        }

        string folder = target?.Folder ?? "";
        if (!await distribution.RepublishAsync(ModelDistribution.Ranker, folder, actor, ct))
        {
            throw new DomainException(NotSwitchedOn, $"the build {folder} is no longer stored.", "evaluationId");
        }

        return target;
    }
}
