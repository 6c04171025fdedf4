using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Who handles a match: a broker claims an unclaimed one, an admin assigns or reassigns it, and the handling
/// broker (or an admin) adds notes. Each change is one conditional UPDATE plus its history entry in one
/// transaction, so racing claims leave exactly one handling broker.
/// </summary>
public sealed class MatchBrokerService(MatchmakingDbContext db, TimeProvider clock)
{
    /// <summary>The broker becomes the match's handling broker; ALREADY_CLAIMED when another broker has it.</summary>
    public async Task<Match> ClaimAsync(Guid id, string broker, CancellationToken ct)
    {
        var match = await FindAsync(id, ct);
        if (match.BrokerSubject == broker)
        {
            return match;
        }

        if (match.BrokerSubject is not null)
        {
            throw AlreadyClaimed();
        }

        DateTimeOffset now = Timestamps.Stored(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int changed = await db.Matches.Where(m => m.Id == id && m.BrokerSubject == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BrokerSubject, broker).SetProperty(m => m.UpdatedAt, now), ct);
        if (changed == 0)
        {
            // Lost the race: the same broker's double click is not an error, another broker's claim is.
            await transaction.RollbackAsync(ct);
            var winner = await FindAsync(id, ct);
            return winner.BrokerSubject == broker ? winner : throw AlreadyClaimed();
        }

        db.MatchEvents.Add(MatchHistory.BrokerChange(id, MatchEventKind.Claimed, broker, now, match.Stage, null, broker, null));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        match.BrokerSubject = broker;
        match.UpdatedAt = now;
        return match;
    }

    /// <summary>An admin gives the match to a broker (or releases it with null); the move and its reason are recorded.</summary>
    public async Task<Match> AssignAsync(Guid id, string? toBroker, string? reason, string admin, CancellationToken ct)
    {
        MatchHistory.CheckNote(reason, "reason");
        if (toBroker is { Length: > ListingLimits.Short } || (toBroker is not null && string.IsNullOrWhiteSpace(toBroker)))
        {
            throw new ValidationException([new ValidationError("brokerSubject", ErrorCodes.BadUserInput, $"brokerSubject must be a user's subject of 1 to {ListingLimits.Short} characters, or null to release the match.")]);
        }

        var match = await FindAsync(id, ct);
        string? from = match.BrokerSubject;
        if (from == toBroker)
        {
            return match;
        }

        DateTimeOffset now = Timestamps.Stored(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int changed = await db.Matches.Where(m => m.Id == id && m.BrokerSubject == from)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BrokerSubject, toBroker).SetProperty(m => m.UpdatedAt, now), ct);
        if (changed == 0)
        {
            throw new DomainException(ErrorCodes.Conflict, "the match's broker changed while this request ran; reload it and try again.", "matchId");
        }

        db.MatchEvents.Add(MatchHistory.BrokerChange(id, MatchEventKind.Assigned, admin, now, match.Stage, from, toBroker, reason));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        match.BrokerSubject = toBroker;
        match.UpdatedAt = now;
        return match;
    }

    /// <summary>The handling broker or an admin writes a note into the match's history (a broker's note is not feedback).</summary>
    public async Task<Match> AddNoteAsync(Guid id, string? note, MatchActor actor, CancellationToken ct)
    {
        string text = MatchHistory.RequireText(note, "note");
        var match = await FindAsync(id, ct);
        if (!actor.IsAdmin && match.BrokerSubject != actor.Subject)
        {
            throw new DomainException(ErrorCodes.Forbidden, "only the match's handling broker or an admin may add notes; claim the match first.");
        }

        db.MatchEvents.Add(MatchHistory.Entry(id, MatchEventKind.Noted, actor.Subject, Timestamps.Stored(clock.GetUtcNow()), null, null, text));
        await db.SaveChangesAsync(ct);
        return match;
    }

    private async Task<Match> FindAsync(Guid id, CancellationToken ct) =>
        await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");

    private static DomainException AlreadyClaimed() =>
        new(ErrorCodes.AlreadyClaimed, "another broker already handles this match; an admin can reassign it.", "matchId");
}
