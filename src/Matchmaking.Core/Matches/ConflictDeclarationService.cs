using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Declared conflicts and affiliates (申报利益冲突 / 关联方) between a demanding enterprise and an achievement, expert or
/// institution. Either side may declare: the enterprise's owner, the achievement's or expert's owner (for his own
/// listing), or an admin (for anything, institutions included). <see cref="ConflictRules"/> reads the active ones.
/// </summary>
public sealed class ConflictDeclarationService(MatchmakingDbContext db, TimeProvider clock)
{
    /// <summary>Records a declaration; DUPLICATE when the same one is active, NOT_FOUND for an unknown enterprise or party.</summary>
    public async Task<ConflictDeclaration> DeclareAsync(Guid enterpriseId, DeclaredPartyKind partyKind, Guid partyId, DeclaredRelation relation, string? note, MatchActor actor, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        string? enterpriseOwner = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.OwnerSubject }).FirstOrDefaultAsync(ct) is { } enterprise
            ? enterprise.OwnerSubject
            : throw new DomainException(ErrorCodes.NotFound, "the enterprise does not exist.", "enterpriseId");
        var party = await PartyAsync(partyKind, partyId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"the {WireNames.Of(partyKind).ToLowerInvariant()} does not exist.", "partyId");
        if (!actor.IsAdmin && actor.Subject != enterpriseOwner && (party.Owner is null || actor.Subject != party.Owner))
        {
            throw new DomainException(ErrorCodes.Forbidden, "only the enterprise's owner, the party's owner or an admin may declare a conflict between them.");
        }

        if (await ActiveQuery(enterpriseId, partyId, relation).AnyAsync(ct))
        {
            throw Duplicate(relation);
        }

        var declaration = new ConflictDeclaration
        {
            Id = Guid.CreateVersion7(),
            EnterpriseId = enterpriseId,
            PartyKind = partyKind,
            PartyId = partyId,
            Relation = relation,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            DeclaredBy = actor.Subject,
            DeclaredAt = clock.GetUtcNow(),
        };
        db.ConflictDeclarations.Add(declaration);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Two clients declared the same at once: the unique index let one in.
            db.Entry(declaration).State = EntityState.Detached;
            throw Duplicate(relation);
        }

        return declaration;
    }

    /// <summary>Withdraws an active declaration (kept, marked withdrawn); who may declare it may withdraw it.</summary>
    public async Task<ConflictDeclaration> WithdrawAsync(Guid id, MatchActor actor, CancellationToken ct)
    {
        var declaration = await db.ConflictDeclarations.FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the declaration does not exist.", "declarationId");
        if (declaration.WithdrawnAt is not null)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, "the declaration was withdrawn already.", "declarationId");
        }

        string? enterpriseOwner = await db.Enterprises.Where(e => e.Id == declaration.EnterpriseId).Select(e => e.OwnerSubject).FirstOrDefaultAsync(ct);
        string? partyOwner = (await PartyAsync(declaration.PartyKind, declaration.PartyId, ct))?.Owner;
        if (!actor.IsAdmin && actor.Subject != enterpriseOwner && actor.Subject != declaration.DeclaredBy && (partyOwner is null || actor.Subject != partyOwner))
        {
            throw new DomainException(ErrorCodes.Forbidden, "only the enterprise's owner, the party's owner or an admin may withdraw the declaration.");
        }

        declaration.WithdrawnAt = clock.GetUtcNow();
        declaration.WithdrawnBy = actor.Subject;
        await db.SaveChangesAsync(ct);
        return declaration;
    }

    /// <summary>An enterprise's declarations, newest first; withdrawn ones only when asked.</summary>
    public Task<List<ConflictDeclaration>> ForEnterpriseAsync(Guid enterpriseId, bool includeWithdrawn, CancellationToken ct) =>
        db.ConflictDeclarations.AsNoTracking()
            .Where(d => d.EnterpriseId == enterpriseId && (includeWithdrawn || d.WithdrawnAt == null))
            .OrderByDescending(d => d.DeclaredAt).ThenByDescending(d => d.Id)
            .ToListAsync(ct);

    /// <summary>An institution by its name as the platform spells it (institutions have no API id); NOT_FOUND names the field.</summary>
    public async Task<Guid> InstitutionNamedAsync(string name, CancellationToken ct)
    {
        string wanted = name.Trim();
        return await db.Institutions.Where(i => i.Name == wanted).OrderBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"no institution is named {wanted}.", "institution");
    }

    private IQueryable<ConflictDeclaration> ActiveQuery(Guid enterpriseId, Guid partyId, DeclaredRelation relation) =>
        db.ConflictDeclarations.Where(d => d.EnterpriseId == enterpriseId && d.PartyId == partyId && d.Relation == relation && d.WithdrawnAt == null);

    private async Task<(string Name, string? Owner)?> PartyAsync(DeclaredPartyKind kind, Guid id, CancellationToken ct)
    {
        var found = kind switch
        {
            DeclaredPartyKind.Achievement => await db.Achievements.Where(a => a.Id == id).Select(a => new { Name = a.Title, Owner = a.OwnerSubject }).FirstOrDefaultAsync(ct),
            DeclaredPartyKind.Expert => await db.Experts.Where(x => x.Id == id).Select(x => new { x.Name, Owner = x.OwnerSubject }).FirstOrDefaultAsync(ct),
            _ => await db.Institutions.Where(i => i.Id == id).Select(i => new { i.Name, Owner = (string?)null }).FirstOrDefaultAsync(ct),
        };
        return found is null ? null : (found.Name, found.Owner);
    }

    private static DomainException Duplicate(DeclaredRelation relation) =>
        new(ErrorCodes.Duplicate, $"this {(relation == DeclaredRelation.Conflict ? "conflict" : "affiliate")} is declared already.", "partyId");
}
