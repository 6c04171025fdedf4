using Matchmaking.Core.Domain;
using Matchmaking.Core.SavedSearches;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// The digest job (a cluster duty): runs each due subscription through the served pipeline over the listings
/// written since its cursor, keeps hits above its score threshold, and delivers each (subscription, listing)
/// at most once. Per subscription one transaction moves the cursor with a conditional UPDATE (only from the
/// value read) and inserts the delivery rows and the notification; of two runs at once (a Hangfire retry,
/// a second host) one moves it and the other finds no row to move, and the unique (subscription, listing)
/// index refuses any delivery a run might still try twice.
/// </summary>
public sealed partial class DigestRunner(MatchmakingDbContext db, SearchPipeline pipeline, ListingIndex index, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<DigestRunner> logger)
{
    private const int UpdateChunk = 500;
    private static readonly ListingKind[] Searchable = [ListingKind.Demand, ListingKind.Achievement, ListingKind.Expert];

    private enum Outcome { Quiet, Notified, Contended }

    /// <summary>Test seam: runs inside a subscription's transaction before its commit.</summary>
    internal Func<Subscription, CancellationToken, Task>? BeforeCommit { get; set; }

    public async Task<DigestSummary> RunAsync(CancellationToken ct)
    {
        if (!index.IsOpen)
        {
            // The node is still starting: its replica is not open yet; the next run picks up everything.
            return DigestSummary.None;
        }

        // Hits come from this node's replica, so the window ends where the replica has applied the change log;
        // the log is consumed gap-free, so nothing at or below this sequence can turn up later.
        long head = index.LastSequence;
        DateTimeOffset now = clock.GetUtcNow();
        var due = (await db.Subscriptions.AsNoTracking().Where(s => s.Active && s.LastSequence < head).ToListAsync(ct))
            .Where(s => IsDue(s, now)).ToList();
        if (due.Count == 0)
        {
            return DigestSummary.None;
        }

        long from = due.Min(s => s.LastSequence);
        var window = await db.ChangeLog.AsNoTracking()
            .Where(e => e.Sequence > from && e.Sequence <= head && e.Operation == ChangeOperation.Upsert && Searchable.Contains(e.EntityKind))
            .OrderBy(e => e.Sequence)
            .Select(e => new WindowEntry(e.Sequence, e.EntityKind, e.EntityId))
            .ToListAsync(ct);
        var sources = await DigestSources.LoadAsync(db, due, ct);
        int searched = 0, notified = 0, delivered = 0, contended = 0;
        TimeSpan searchTime = TimeSpan.Zero;
        var quiet = new List<Subscription>();
        foreach (var subscription in due)
        {
            ct.ThrowIfCancellationRequested();
            var request = sources.Request(subscription, options.Value.MaxHitsPerDigest);
            var ids = request is null ? [] : Since(window, subscription.LastSequence, request.Kinds);
            if (ids.Count == 0)
            {
                quiet.Add(subscription);
                continue;
            }

            searched++;
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = await pipeline.RunAsync(request! with { Only = ids, IncludeSnippets = false }, ct);
            searchTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var hits = result.Hits.Where(h => h.Score > subscription.MinScore).ToList();
            if (hits.Count == 0)
            {
                quiet.Add(subscription);
                continue;
            }

            var (outcome, count) = await DeliverAsync(subscription, sources.Name(subscription), hits, head, now, ct);
            notified += outcome == Outcome.Notified ? 1 : 0;
            contended += outcome == Outcome.Contended ? 1 : 0;
            delivered += count;
        }

        contended += quiet.Count - await MoveQuietAsync(quiet, head, now, ct);
        var summary = new DigestSummary(due.Count, searched, notified, delivered, contended, searchTime);
        LogRun(summary.Due, summary.Searched, summary.Notified, summary.Delivered, summary.Contended, head);
        return summary;
    }

    internal static bool IsDue(Subscription s, DateTimeOffset now)
    {
        // A little slack so that a daily cron at a fixed minute finds yesterday's digest due.
        TimeSpan slack = TimeSpan.FromMinutes(5);
        return s.Frequency switch
        {
            DigestFrequency.Daily => s.LastDigestAt is not { } last || now - last >= TimeSpan.FromDays(1) - slack,
            DigestFrequency.Weekly => s.LastDigestAt is not { } last || now - last >= TimeSpan.FromDays(7) - slack,
            _ => true,
        };
    }

    /// <summary>The distinct listings of the wanted kinds written after <paramref name="after"/> (the window is in sequence order).</summary>
    private static List<Guid> Since(List<WindowEntry> window, long after, IReadOnlyCollection<ListingKind> kinds)
    {
        int start = window.BinarySearch(new WindowEntry(after + 1, default, default), WindowEntry.BySequence);
        start = start < 0 ? ~start : start;
        var ids = new HashSet<Guid>();
        for (int i = start; i < window.Count; i++)
        {
            if (kinds.Count == 0 || kinds.Contains(window[i].Kind))
            {
                ids.Add(window[i].Id);
            }
        }

        return [.. ids];
    }

    private async Task<(Outcome Outcome, int Delivered)> DeliverAsync(Subscription subscription, string name, List<SearchHit> hits, long head, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var ids = hits.Select(h => h.Id).ToList();
            var already = await db.DigestDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id && ids.Contains(d.ListingId)).Select(d => d.ListingId).ToListAsync(ct);
            var fresh = hits.Where(h => !already.Contains(h.Id)).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await MoveCursorAsync([subscription.Id], subscription.LastSequence, head, now, ct) == 0)
            {
                return (Outcome.Contended, 0);
            }

            if (fresh.Count > 0)
            {
                var e = DigestEvent(subscription, name, fresh, head);
                var notification = (await new Notifier(db, clock).AddAsync(e, [subscription.OwnerSubject], subscription.EmailEnabled, ct)).Single();
                db.DigestDeliveries.AddRange(fresh.Select(h => new DigestDelivery
                {
                    SubscriptionId = subscription.Id,
                    ListingKind = h.Kind,
                    ListingId = h.Id,
                    Score = h.Score,
                    NotificationId = notification.Id,
                    DeliveredAt = now,
                }));
                await db.SaveChangesAsync(ct);
            }

            if (BeforeCommit is { } hook)
            {
                await hook(subscription, ct);
            }

            await transaction.CommitAsync(ct);
            return fresh.Count > 0 ? (Outcome.Notified, fresh.Count) : (Outcome.Quiet, 0);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another run delivered one of these first; whatever it did not deliver, the next run will.
            LogContended(subscription.Id);
            return (Outcome.Contended, 0);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Subscriptions with nothing to deliver move their cursors in a few statements; returns how many moved.</summary>
    private async Task<int> MoveQuietAsync(List<Subscription> quiet, long head, DateTimeOffset now, CancellationToken ct)
    {
        int moved = 0;
        foreach (var group in quiet.GroupBy(s => s.LastSequence))
        {
            foreach (var chunk in group.Chunk(UpdateChunk))
            {
                moved += await MoveCursorAsync(chunk.Select(s => s.Id).ToList(), group.Key, head, now, ct);
            }
        }

        return moved;
    }

    private Task<int> MoveCursorAsync(List<Guid> ids, long expected, long head, DateTimeOffset now, CancellationToken ct) =>
        db.Subscriptions.Where(s => ids.Contains(s.Id) && s.LastSequence == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSequence, head).SetProperty(x => x.LastDigestAt, now), ct);

    private static NotificationEvent DigestEvent(Subscription subscription, string name, List<SearchHit> hits, long head)
    {
        var lines = hits.Select((h, i) => $"{i + 1}. {h.Title}（{NotificationTexts.Kind(h.Kind)}）");
        var data = new
        {
            subscriptionId = subscription.Id,
            hits = hits.Select(h => new { kind = h.Kind.ToString().ToUpperInvariant(), id = h.Id, title = h.Title, score = Math.Round(h.Score, 4) }),
        };
        return new NotificationEvent(
            NotificationKind.Digest,
            $"digest:{subscription.Id}:{head}",
            $"订阅「{name}」有 {hits.Count} 条新匹配",
            string.Join('\n', lines),
            nameof(Subscription),
            subscription.Id,
            data);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digests: {Due} due, {Searched} searched, {Notified} notified, {Delivered} delivered, {Contended} left to another run, through sequence {Head}")]
    private partial void LogRun(int due, int searched, int notified, int delivered, int contended, long head);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Digest of subscription {SubscriptionId} met a concurrent run")]
    private partial void LogContended(Guid subscriptionId);

    private readonly record struct WindowEntry(long Sequence, ListingKind Kind, Guid Id)
    {
        public static readonly IComparer<WindowEntry> BySequence = Comparer<WindowEntry>.Create((a, b) => a.Sequence.CompareTo(b.Sequence));
    }
}
