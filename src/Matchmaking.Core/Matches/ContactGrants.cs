namespace Matchmaking.Core.Matches;

/// <summary>The listings whose contact details a user may see because they are the other party of a match from stage introduced on.</summary>
public sealed record ContactGrants(IReadOnlySet<Guid> DemandIds, IReadOnlySet<Guid> EnterpriseIds, IReadOnlySet<Guid> ExpertIds)
{
    public static readonly ContactGrants None = new(new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());
}
