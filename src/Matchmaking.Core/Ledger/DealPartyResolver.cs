using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Ledger;

/// <summary>
/// A deal's parties come from its match, not from free text: the demand's enterprise owner (ENTERPRISE), the
/// achievement's team members or the expert (INVENTORS, equal sub-shares unless the broker gives them), the
/// institution record (INSTITUTION) and the handling broker (BROKER). Parties the broker names for a role replace
/// that role's derivation; each must be a known user, an institution record, or (older clients) a free-text reference.
/// </summary>
internal sealed class DealPartyResolver(MatchmakingDbContext db)
{
    public async Task<List<DealParty>> ResolveAsync(MatchParties match, string? broker, IReadOnlyList<PartySpec> given, CancellationToken ct)
    {
        var derived = await DeriveAsync(match, broker, ct);
        var named = given.Select(p => p.Role).ToHashSet();
        var parties = derived.Where(p => !named.Contains(p.Role)).ToList();
        var known = derived.Select(p => p.Subject).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var checks = new Checks();
        foreach (var spec in given)
        {
            parties.Add(await FromSpecAsync(spec, known, checks, ct));
        }

        foreach (var twice in parties.GroupBy(p => (p.Role, p.Reference)).Where(g => g.Key.Reference is not null && g.Count() > 1))
        {
            checks.Add("parties", ErrorCodes.Duplicate, $"{twice.Key.Reference} appears {twice.Count()} times as {WireNames.Of(twice.Key.Role)}.");
        }

        checks.ThrowIfAny();
        return parties;
    }

    private async Task<List<DealParty>> DeriveAsync(MatchParties match, string? broker, CancellationToken ct)
    {
        var parties = new List<DealParty>();
        if (match.DemandOwner is { } owner)
        {
            string name = await db.Enterprises.AsNoTracking().Where(e => e.Id == match.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(ct) ?? owner;
            parties.Add(User(PartyRole.Enterprise, name, owner, null));
        }

        var team = match.TeamSubjects.Count > 0 ? match.TeamSubjects : match.SupplyOwner is { } supply ? [supply] : [];
        var names = await db.Experts.AsNoTracking().Where(x => x.OwnerSubject != null && team.Contains(x.OwnerSubject))
            .Select(x => new { x.OwnerSubject, x.Name }).ToListAsync(ct);
        int[] even = Even(team.Count);
        for (int i = 0; i < team.Count; i++)
        {
            string name = names.FirstOrDefault(n => n.OwnerSubject == team[i])?.Name ?? team[i];
            parties.Add(User(PartyRole.Inventors, name, team[i], team.Count > 1 ? even[i] : null));
        }

        if (match.InstitutionId is { } institutionId && await db.Institutions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == institutionId, ct) is { } institution)
        {
            parties.Add(Institution(institution));
        }

        if ((match.Broker ?? broker) is { } handling)
        {
            parties.Add(User(PartyRole.Broker, handling, handling, null));
        }

        return parties;
    }

    private async Task<DealParty> FromSpecAsync(PartySpec spec, HashSet<string> known, Checks checks, CancellationToken ct)
    {
        if (spec.InstitutionId is { } institutionId)
        {
            var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == institutionId, ct);
            if (institution is null)
            {
                checks.Add("parties.institutionId", ErrorCodes.NotFound, "the institution does not exist.");
                return new DealParty { Id = Guid.NewGuid(), Role = spec.Role, Name = "" };
            }

            var party = Institution(institution, spec.Role);
            party.SubShareBasisPoints = spec.SubShareBasisPoints;
            return party;
        }

        if (spec.Subject is { } subject)
        {
            subject = subject.Trim();
            checks.Text("parties.subject", subject, ListingLimits.Short);
            if (!known.Contains(subject) && !await IsKnownUserAsync(subject, ct))
            {
                checks.Add("parties.subject", ErrorCodes.UnknownUser, $"'{subject}' is no user of the platform: not the owner of a listing, nor a broker of a match.");
            }

            return User(spec.Role, string.IsNullOrWhiteSpace(spec.Name) ? subject : spec.Name.Trim(), subject, spec.SubShareBasisPoints);
        }

        checks.Text("parties.name", spec.Name, ListingLimits.Name);
        checks.Text("parties.reference", spec.Reference, ListingLimits.Short, required: false);
        return new DealParty { Id = Guid.NewGuid(), Role = spec.Role, Name = spec.Name?.Trim() ?? "", Reference = spec.Reference?.Trim(), SubShareBasisPoints = spec.SubShareBasisPoints };
    }

    /// <summary>A user the platform has seen: one who owns a listing or handles (or acted on) a match.</summary>
    private async Task<bool> IsKnownUserAsync(string subject, CancellationToken ct) =>
        await db.Enterprises.AnyAsync(e => e.OwnerSubject == subject, ct)
        || await db.Experts.AnyAsync(e => e.OwnerSubject == subject, ct)
        || await db.Achievements.AnyAsync(a => a.OwnerSubject == subject, ct)
        || await db.Matches.AnyAsync(m => m.BrokerSubject == subject, ct)
        || await db.MatchEvents.AnyAsync(e => e.ActorSubject == subject, ct);

    /// <summary>Equal sub-shares that sum to exactly 10,000 (the first ones get the leftover points).</summary>
    private static int[] Even(int count) =>
        count == 0 ? [] : Enumerable.Range(0, count).Select(i => (PolicyRules.TotalBasisPoints / count) + (i < PolicyRules.TotalBasisPoints % count ? 1 : 0)).ToArray();

    private static DealParty User(PartyRole role, string name, string subject, int? subShare) =>
        new() { Id = Guid.NewGuid(), Role = role, Name = name, Reference = subject, Subject = subject, SubShareBasisPoints = subShare };

    private static DealParty Institution(Institution institution, PartyRole role = PartyRole.Institution) =>
        new() { Id = Guid.NewGuid(), Role = role, Name = institution.Name, Reference = "institution:" + institution.Id.ToString("N"), InstitutionId = institution.Id };
}
