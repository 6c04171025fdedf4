using Matchmaking.Core.Domain;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// The broker workflow on matches. Who may call what is the API's concern; this class keeps the
/// stages legal and the pairs unique, and writes every change's history entry in the change's own transaction.
/// </summary>
public sealed class MatchService(MatchmakingDbContext db, TimeProvider clock)
{
    private readonly Notifier notifier = new(db, clock);

    /// <summary>
    /// A broker pairs a demand with an achievement or an expert and becomes its handling broker; a pair exists
    /// at most once. A match made from a recommendation keeps the engine's score and explanation.
    /// </summary>
    public async Task<Match> ProposeAsync(Guid demandId, CandidateKind kind, Guid candidateId, string brokerSubject, string? note, CancellationToken ct, MatchOrigin origin = MatchOrigin.BrokerProposed, double score = 0, string explanation = "{}")
    {
        MatchHistory.CheckNote(note);
        if (!await db.Demands.AnyAsync(d => d.Id == demandId, ct))
        {
            throw new DomainException(ErrorCodes.NotFound, "the demand does not exist.", "demandId");
        }

        bool candidateExists = kind == CandidateKind.Expert
            ? await db.Experts.AnyAsync(e => e.Id == candidateId, ct)
            : await db.Achievements.AnyAsync(a => a.Id == candidateId, ct);
        if (!candidateExists)
        {
            throw new DomainException(ErrorCodes.NotFound, $"the {kind.ToString().ToLowerInvariant()} does not exist.", "candidateId");
        }

        DateTimeOffset now = Timestamps.Stored(clock.GetUtcNow());
        var match = new Match
        {
            Id = Guid.CreateVersion7(),
            DemandId = demandId,
            CandidateKind = kind,
            CandidateId = candidateId,
            Origin = origin,
            Score = score,
            Explanation = explanation,
            Stage = MatchStage.Suggested,
            BrokerSubject = brokerSubject,
            CreatedAt = now,
            UpdatedAt = now,
        };

        // The proposal's note is the broker's, kept in the history: it is not the parties' feedback.
        db.Matches.Add(match);
        db.MatchEvents.Add(MatchHistory.Entry(match.Id, MatchEventKind.Proposed, brokerSubject, now, from: null, to: MatchStage.Suggested, note: note));
        await notifier.MatchEventAsync(match, NotificationKind.MatchProposed, null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The unique index, not a prior read, is what holds under concurrent proposals.
            db.ChangeTracker.Clear();
            bool rejected = await db.Matches.AnyAsync(m => m.DemandId == demandId && m.CandidateId == candidateId && m.Stage == MatchStage.Rejected, ct);
            throw new DomainException(ErrorCodes.Duplicate, rejected ? "this pair was matched and rejected; reopen that match (reopenMatch) instead." : "this demand and candidate are already matched.", "candidateId");
        }

        return match;
    }

    /// <summary>Moves a match one stage forward; <paramref name="to"/>, when given, must be that next stage.</summary>
    public async Task<Match> AdvanceAsync(Guid id, MatchStage? to, MatchActor actor, CancellationToken ct)
    {
        var match = await FindForChangeAsync(id, actor, ct);
        MatchStage? next = MatchWorkflow.Next(match.Stage);
        if (next is null || (to is { } target && target != next))
        {
            string wanted = to is { } stage ? WireNames.Of(stage) : "the next stage";
            throw new DomainException(ErrorCodes.InvalidTransition, $"a match at stage {WireNames.Of(match.Stage)} cannot move to {wanted}.", to is null ? "matchId" : "to");
        }

        if (next == MatchStage.Introduced && await ConflictRules.ForMatchAsync(db, id, ct) is { Count: > 0 } conflicts && !await ConflictRules.WaivedAsync(db, id, ct))
        {
            throw new DomainException(ErrorCodes.ConflictOfInterest, $"the match has unresolved conflicts of interest ({string.Join(", ", conflicts.Select(c => c.Code))}); an admin may waive them with waiveConflict.", "matchId");
        }

        return await ChangeStageAsync(match, next.Value, null, null, actor, ct);
    }

    /// <summary>An admin waives the match's conflicts of interest with a note, recorded in its history.</summary>
    public async Task<Match> WaiveConflictAsync(Guid id, string note, string adminSubject, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new ValidationException([new ValidationError("note", ErrorCodes.Required, "a waiver needs a note saying why.")]);
        }

        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");
        if (await ConflictRules.ForMatchAsync(db, id, ct) is { Count: 0 })
        {
            throw new DomainException(ErrorCodes.InvalidTransition, "the match has no conflict of interest to waive.", "matchId");
        }

        db.MatchEvents.Add(MatchHistory.Entry(match.Id, MatchEventKind.ConflictWaived, adminSubject, clock.GetUtcNow(), from: null, to: null, note: note));
        await db.SaveChangesAsync(ct);
        return match;
    }

    public async Task<Match> RejectAsync(Guid id, RejectReason reason, string? note, MatchActor actor, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        var match = await FindForChangeAsync(id, actor, ct);
        if (MatchWorkflow.IsTerminal(match.Stage))
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"a match at stage {WireNames.Of(match.Stage)} cannot be rejected.", "matchId");
        }

        if (reason == RejectReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new ValidationException([new ValidationError("note", ErrorCodes.Required, "a note is required when the reason is OTHER.")]);
        }

        return await ChangeStageAsync(match, MatchStage.Rejected, reason, note, actor, ct);
    }

    /// <summary>A rejected match goes back to the stage it was rejected from, with the reason it is worth another look.</summary>
    public async Task<Match> ReopenAsync(Guid id, string? reason, MatchActor actor, CancellationToken ct)
    {
        string why = MatchHistory.RequireText(reason, "reason");
        var match = await FindForChangeAsync(id, actor, ct);
        if (match.Stage != MatchStage.Rejected)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, $"only a REJECTED match can be reopened; this one is {WireNames.Of(match.Stage)}.", "matchId");
        }

        MatchStage back = await db.MatchEvents.AsNoTracking()
            .Where(e => e.MatchId == id && e.Kind == MatchEventKind.Rejected)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => e.FromStage)
            .FirstOrDefaultAsync(ct) ?? MatchStage.Suggested;
        return await ChangeStageAsync(match, back, null, why, actor, ct, MatchEventKind.Reopened);
    }

    /// <summary>
    /// The match, read without tracking, if the actor may change its stage: its handling broker, or any broker
    /// while it has none (acting on it claims it, recorded as a claim), or an admin. Others are FORBIDDEN.
    /// </summary>
    private async Task<Match> FindForChangeAsync(Guid id, MatchActor actor, CancellationToken ct)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the match does not exist.", "matchId");
        if (!actor.IsAdmin && match.BrokerSubject is not null && match.BrokerSubject != actor.Subject)
        {
            throw new DomainException(ErrorCodes.Forbidden, "only the match's handling broker or an admin may change it.");
        }

        return match;
    }

    /// <summary>
    /// One conditional UPDATE: it applies only while the row still has the stage and broker that were read,
    /// so of racing changes exactly one wins and the others get CONFLICT (no schema change, no row version).
    /// </summary>
    private async Task<Match> ChangeStageAsync(Match match, MatchStage stage, RejectReason? reason, string? note, MatchActor actor, CancellationToken ct, MatchEventKind? kind = null)
    {
        MatchStage expected = match.Stage;
        string? expectedBroker = match.BrokerSubject;
        string broker = expectedBroker ?? actor.Subject;
        DateTimeOffset now = Timestamps.Stored(clock.GetUtcNow());
        bool rejecting = stage == MatchStage.Rejected;
        bool reopening = kind == MatchEventKind.Reopened;

        // The stage change, its history entry and the notifications that report it commit together (the outbox).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        int changed = await db.Matches
            .Where(m => m.Id == match.Id && m.Stage == expected && m.BrokerSubject == expectedBroker)
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(m => m.Stage, stage).SetProperty(m => m.BrokerSubject, broker).SetProperty(m => m.UpdatedAt, now);
                    if (rejecting)
                    {
                        s.SetProperty(m => m.RejectReason, reason).SetProperty(m => m.RejectNote, note);
                    }
                    else if (reopening)
                    {
                        s.SetProperty(m => m.RejectReason, (RejectReason?)null).SetProperty(m => m.RejectNote, (string?)null);
                    }
                },
                ct);
        if (changed == 0)
        {
            throw new DomainException(ErrorCodes.Conflict, "the match was changed by another request while this one ran; reload it and try again.", "matchId");
        }

        if (expectedBroker is null)
        {
            // Acting on an unclaimed match claims it; the claim is dated a microsecond earlier so the history reads claim, then change.
            db.MatchEvents.Add(MatchHistory.BrokerChange(match.Id, MatchEventKind.Claimed, actor.Subject, now.AddTicks(-10), expected, null, broker, null));
        }

        var entry = MatchHistory.Entry(match.Id, kind ?? (rejecting ? MatchEventKind.Rejected : MatchEventKind.Advanced), actor.Subject, now, expected, stage, note);
        entry.Reason = reason;
        db.MatchEvents.Add(entry);
        match.Stage = stage;
        if (rejecting || reopening)
        {
            match.RejectReason = reason;
            match.RejectNote = rejecting ? note : null;
        }

        match.BrokerSubject = broker;
        match.UpdatedAt = now;
        var notification = stage switch
        {
            MatchStage.Rejected => NotificationKind.MatchRejected,
            MatchStage.Introduced when !reopening => NotificationKind.MatchIntroduced,
            _ => NotificationKind.MatchAdvanced,
        };
        await notifier.MatchEventAsync(match, notification, note, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return match;
    }
}
