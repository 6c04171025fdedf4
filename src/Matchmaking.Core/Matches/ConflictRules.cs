using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Conflicts of interest as rules over the data, never typed in: each rule reads the match's derived parties
/// (<see cref="MatchParties"/>) and names what it found. A match with one cannot reach INTRODUCED unless an admin waived it.
/// </summary>
public static class ConflictRules
{
    /// <summary>The handling broker is a party: owns the demand's enterprise, the achievement or expert profile, or is on the team.</summary>
    public const string BrokerIsParty = "BROKER_IS_PARTY";

    /// <summary>One user is on both sides: the demanding enterprise's owner also owns (or is on the team of) the supply side.</summary>
    public const string SameOwner = "SAME_OWNER";

    /// <summary>The achievement's or expert's institution is the demanding enterprise itself (the same name).</summary>
    public const string SameOrganisation = "SAME_ORGANISATION";

    public static IReadOnlyList<ConflictOfInterest> Evaluate(MatchParties parties, string? enterpriseName, string? institutionName)
    {
        var found = new List<ConflictOfInterest>();
        string? broker = parties.Broker;
        if (broker is not null && (broker == parties.DemandOwner || broker == parties.SupplyOwner || parties.TeamSubjects.Contains(broker)))
        {
            string side = broker == parties.DemandOwner ? "owns the demanding enterprise" : "owns or is on the team of the candidate";
            found.Add(new(BrokerIsParty, $"the handling broker {broker} {side}: a broker must not broker for himself."));
        }

        if (parties.DemandOwner is { } owner && (owner == parties.SupplyOwner || parties.TeamSubjects.Contains(owner)))
        {
            found.Add(new(SameOwner, $"user {owner} is on both sides: the demanding enterprise's owner also owns the candidate."));
        }

        if (Normalise(enterpriseName) is { Length: > 0 } enterprise && enterprise == Normalise(institutionName))
        {
            found.Add(new(SameOrganisation, $"the candidate's institution is the demanding enterprise itself ({enterpriseName!.Trim()})."));
        }

        return found;
    }

    /// <summary>The match's conflicts, read from the database.</summary>
    public static async Task<IReadOnlyList<ConflictOfInterest>> ForMatchAsync(MatchmakingDbContext db, Guid matchId, CancellationToken ct) =>
        (await ForMatchesAsync(db, [matchId], ct)).GetValueOrDefault(matchId)
        ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");

    /// <summary>Many matches' conflicts in a fixed number of round trips (a page of matches); unknown ids are left out.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<ConflictOfInterest>>> ForMatchesAsync(MatchmakingDbContext db, IReadOnlyCollection<Guid> matchIds, CancellationToken ct)
    {
        var parties = await new MatchQueries(db).PartiesAsync(matchIds, ct);
        var enterpriseIds = parties.Values.Select(p => p.EnterpriseId).Distinct().ToList();
        var institutionIds = parties.Values.Select(p => p.InstitutionId).OfType<Guid>().Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return parties.ToDictionary(
            p => p.Key,
            p => Evaluate(p.Value, enterprises.GetValueOrDefault(p.Value.EnterpriseId), p.Value.InstitutionId is { } id ? institutions.GetValueOrDefault(id) : null));
    }

    /// <summary>Whether an admin waived the match's conflicts (a CONFLICT_WAIVED entry in its history).</summary>
    public static Task<bool> WaivedAsync(MatchmakingDbContext db, Guid matchId, CancellationToken ct) =>
        db.MatchEvents.AnyAsync(e => e.MatchId == matchId && e.Kind == MatchEventKind.ConflictWaived, ct);

    private static string? Normalise(string? name) => name?.Trim().Replace(" ", "", StringComparison.Ordinal);
}
