using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Brokers and admins see every match; enterprises and researchers only those they are a party to.</summary>
internal static class MatchAccess
{
    public static async Task<bool> CanSeeAsync(Viewer viewer, Match match, DataLoaders loaders, CancellationToken ct)
    {
        if (viewer.IsAdmin || viewer.IsBroker)
        {
            return true;
        }

        if (viewer.Subject is null)
        {
            return false;
        }

        var demand = await loaders.Demands.Load(match.DemandId).GetResultAsync(ct);
        var enterprise = demand is null ? null : await loaders.Enterprises.Load(demand.EnterpriseId).GetResultAsync(ct);
        string? candidateOwner = match.CandidateKind == CandidateKind.Expert
            ? (await loaders.Experts.Load(match.CandidateId).GetResultAsync(ct))?.OwnerSubject
            : (await loaders.Achievements.Load(match.CandidateId).GetResultAsync(ct))?.OwnerSubject;
        return enterprise?.OwnerSubject == viewer.Subject || candidateOwner == viewer.Subject;
    }

    public static async Task<Match?> LoadVisibleAsync(Viewer viewer, Guid id, DataLoaders loaders, CancellationToken ct)
    {
        Access.RequireSubject(viewer);
        var match = await loaders.Matches.Load(id).GetResultAsync(ct);
        if (match is not null && !await CanSeeAsync(viewer, match, loaders, ct))
        {
            throw Access.Forbidden("only brokers, admins and the parties of a match may see it.");
        }

        return match;
    }

    /// <summary>The match when the viewer may see it, else null (for references from objects the viewer may see, such as a deal).</summary>
    public static async Task<Match?> LoadVisibleOrNullAsync(Viewer viewer, Guid id, DataLoaders loaders, CancellationToken ct)
    {
        var match = viewer.Subject is null ? null : await loaders.Matches.Load(id).GetResultAsync(ct);
        return match is not null && await CanSeeAsync(viewer, match, loaders, ct) ? match : null;
    }
}
