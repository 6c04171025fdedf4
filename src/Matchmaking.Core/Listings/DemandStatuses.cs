using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Listings;

/// <summary>A demand's status as of today: an open demand past its deadline reads EXPIRED before the daily job marks it.</summary>
public static class DemandStatuses
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static DemandStatus Effective(Demand demand, DateOnly today) =>
        demand.Status == DemandStatus.Open && demand.Deadline is { } deadline && deadline < today ? DemandStatus.Expired : demand.Status;
}
