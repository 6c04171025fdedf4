using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// Experts who may be one person: the same name at the same institution, or the same phone number or
/// e-mail address. Names are compared with spaces dropped (张 三 = 张三), e-mail addresses case-folded,
/// phone numbers by their digits. Suggestions for an admin to merge; nothing is merged automatically.
/// </summary>
public static class ExpertIdentities
{
    /// <summary>Other experts who may be <paramref name="expert"/>; contact matches only when <paramref name="byContact"/> (they reveal a private field).</summary>
    public static async Task<IReadOnlyList<PossibleDuplicate>> FindForAsync(MatchmakingDbContext db, Expert expert, bool byContact, CancellationToken ct)
    {
        string name = expert.Name.Trim();
        string? phone = byContact ? expert.Contact.Phone?.Trim() : null;
        string? email = byContact ? expert.Contact.Email?.Trim() : null;
        var rows = await db.Experts.AsNoTracking()
            .Where(e => e.Id != expert.Id
                && ((expert.InstitutionId != null && e.InstitutionId == expert.InstitutionId && e.Name == name)
                    || (phone != null && phone != "" && e.Contact.Phone == phone)
                    || (email != null && email != "" && e.Contact.Email == email)))
            .Select(e => new Identity(e.Id, e.Name, e.InstitutionId, e.Contact.Phone, e.Contact.Email))
            .ToListAsync(ct);
        var self = Of(expert);
        return [.. rows.Select(r => Reason(self, r, byContact) is { } reason ? new PossibleDuplicate(r.Id, ListingKind.Expert, 1, reason) : null)
            .OfType<PossibleDuplicate>().OrderBy(d => d.Reason).ThenBy(d => d.Id)];
    }

    /// <summary>
    /// Every group of experts that may be one person, largest first. Reads each expert's name, institution
    /// and contact once (about 100 bytes an expert), so it is an admin's occasional query, not a hot path.
    /// </summary>
    public static async Task<IReadOnlyList<ExpertIdentitySuggestion>> SuggestAsync(MatchmakingDbContext db, CancellationToken ct)
    {
        var all = await db.Experts.AsNoTracking()
            .Select(e => new Identity(e.Id, e.Name, e.InstitutionId, e.Contact.Phone, e.Contact.Email))
            .ToListAsync(ct);
        return Suggest(all);
    }

    /// <summary>The same grouping over experts in memory (the seed evaluation reads them from the seed files).</summary>
    public static IReadOnlyList<ExpertIdentitySuggestion> Suggest(IEnumerable<Expert> experts) => Suggest(experts.Select(Of).ToList());

    private static IReadOnlyList<ExpertIdentitySuggestion> Suggest(List<Identity> all)
    {
        var groups = new List<ExpertIdentitySuggestion>();
        Add(groups, all.Where(e => e.InstitutionId is not null).GroupBy(e => $"{e.InstitutionId}|{NameKey(e.Name)}"), DuplicateReason.SameNameAndInstitution);
        Add(groups, all.Select(e => (Key: PhoneKey(e.Phone), e)).Where(x => x.Key is not null).GroupBy(x => x.Key!, x => x.e), DuplicateReason.SameContact);
        Add(groups, all.Select(e => (Key: EmailKey(e.Email), e)).Where(x => x.Key is not null).GroupBy(x => x.Key!, x => x.e), DuplicateReason.SameContact);

        // A pair sharing both phone and e-mail is one suggestion, not two.
        return [.. groups.DistinctBy(g => (g.Reason, string.Join(",", g.ExpertIds)))
            .OrderByDescending(g => g.ExpertIds.Count).ThenBy(g => g.Reason).ThenBy(g => g.ExpertIds[0])];
    }

    private static void Add(List<ExpertIdentitySuggestion> into, IEnumerable<IGrouping<string, Identity>> groups, DuplicateReason reason)
    {
        foreach (var group in groups)
        {
            if (group.Skip(1).Any())
            {
                into.Add(new ExpertIdentitySuggestion(reason, [.. group.Select(e => e.Id).Order()]));
            }
        }
    }

    private static DuplicateReason? Reason(Identity self, Identity other, bool byContact) =>
        self.InstitutionId is not null && self.InstitutionId == other.InstitutionId && NameKey(self.Name) == NameKey(other.Name) ? DuplicateReason.SameNameAndInstitution
        : byContact && ((PhoneKey(self.Phone) is { } p && p == PhoneKey(other.Phone)) || (EmailKey(self.Email) is { } m && m == EmailKey(other.Email))) ? DuplicateReason.SameContact
        : null;

    private static Identity Of(Expert e) => new(e.Id, e.Name, e.InstitutionId, e.Contact.Phone, e.Contact.Email);

    private static string NameKey(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '·'));

    private static string? PhoneKey(string? phone) =>
        phone is null ? null : string.Concat(phone.Where(char.IsAsciiDigit)) is { Length: >= 7 } digits ? digits : null;

    private static string? EmailKey(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    private sealed record Identity(Guid Id, string Name, Guid? InstitutionId, string? Phone, string? Email);
}
