using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Matches;

/// <summary>
/// Feedback per party: each entry is appended to the match's history with its side and never overwritten.
/// The match keeps a summary (the sign of the sides' latest values) because the ranker's features read it.
/// </summary>
public sealed class MatchFeedbackService(MatchmakingDbContext db, TimeProvider clock)
{
    public async Task<Match> GiveAsync(Guid id, FeedbackSide side, bool useful, string? note, string subject, CancellationToken ct)
    {
        MatchHistory.CheckNote(note);
        DateTimeOffset now = Timestamps.Stored(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entry = MatchHistory.Entry(id, MatchEventKind.Feedback, subject, now, null, null, note);
        entry.Feedback = useful ? 1 : -1;
        entry.Side = side;
        db.MatchEvents.Add(entry);
        await db.SaveChangesAsync(ct);

        var latest = await db.MatchEvents.AsNoTracking()
            .Where(e => e.MatchId == id && e.Kind == MatchEventKind.Feedback && e.Feedback != null)
            .Select(e => new { e.Side, e.At, e.Id, e.Feedback })
            .ToListAsync(ct);
        int sum = latest.GroupBy(e => e.Side).Sum(g => g.OrderBy(e => e.At).ThenBy(e => e.Id).Last().Feedback ?? 0);
        int summary = Math.Sign(sum);
        await db.Matches.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Feedback, summary).SetProperty(m => m.FeedbackNote, note).SetProperty(m => m.UpdatedAt, now), ct);
        await transaction.CommitAsync(ct);
        return await db.Matches.AsNoTracking().FirstAsync(m => m.Id == id, ct);
    }

    /// <summary>Each side's latest entry among a match's feedback entries (history keeps the earlier ones).</summary>
    public static List<MatchEvent> LatestBySide(IEnumerable<MatchEvent> feedback) =>
        feedback.GroupBy(e => e.Side).Select(g => g.OrderBy(e => e.At).ThenBy(e => e.Id).Last()).OrderBy(e => e.Side).ToList();
}
