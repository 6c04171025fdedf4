using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Analytics;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Matchmaking.Core.Tests.Matches;

/// <summary>The match history: one entry per change, with its actor, written with the change or not at all.</summary>
public sealed class MatchHistoryTests
{
    [Theory]
    [Providers]
    public async Task Changes_EachWritesOneEntryWithActorStagesAndReason(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);
        await using var db = database.CreateContext();

        var m2 = await db.Matches.AsNoTracking().SingleAsync(m => m.RejectReason == RejectReason.Price);
        var history = await db.MatchEvents.AsNoTracking().Where(e => e.MatchId == m2.Id).OrderBy(e => e.At).ToListAsync();

        Assert.Equal(
            [
                (MatchEventKind.Proposed, "broker-a", (MatchStage?)null, (MatchStage?)MatchStage.Suggested, (RejectReason?)null, "建议对接"),
                (MatchEventKind.Advanced, "broker-a", MatchStage.Suggested, MatchStage.Shortlisted, null, null),
                (MatchEventKind.Rejected, "broker-a", MatchStage.Shortlisted, MatchStage.Rejected, RejectReason.Price, "价格不合适"),
            ],
            history.Select(e => (e.Kind, e.ActorSubject, e.FromStage, e.ToStage, e.Reason, e.Note)));
        Assert.Equal([m2.CreatedAt, m2.CreatedAt.AddDays(4), m2.CreatedAt.AddDays(5)], history.Select(e => e.At));
        var feedback = await db.MatchEvents.AsNoTracking().SingleAsync(e => e.Kind == MatchEventKind.Feedback);
        Assert.Equal(("owner-1", 1, "有用"), (feedback.ActorSubject, feedback.Feedback!.Value, feedback.Note));
        Assert.Equal(6 + 4 + 1 + 1 + 2 + 1 + 1 + 1, await db.MatchEvents.CountAsync());
    }

    [Theory]
    [Providers]
    public async Task RefusedChange_WritesNoEntry(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await PlantedHistory.PlantAsync(database);
        await using var db = database.CreateContext();
        var closedOut = await db.Matches.AsNoTracking().SingleAsync(m => m.RejectReason == RejectReason.Price);
        var open = await db.Matches.AsNoTracking().SingleAsync(m => m.Stage == MatchStage.Introduced);
        int before = await db.MatchEvents.CountAsync();
        var service = new MatchService(db, TimeProvider.System);

        var invalid = await Assert.ThrowsAsync<DomainException>(() => service.AdvanceAsync(closedOut.Id, null, new MatchActor("broker-a", false), default));
        var forbidden = await Assert.ThrowsAsync<DomainException>(() => service.AdvanceAsync(open.Id, null, new MatchActor("broker-a", false), default));
        var duplicate = await Assert.ThrowsAsync<DomainException>(() => service.ProposeAsync(open.DemandId, open.CandidateKind, open.CandidateId, "broker-a", null, default));

        Assert.Equal((ErrorCodes.InvalidTransition, ErrorCodes.Forbidden, ErrorCodes.Duplicate), (invalid.Code, forbidden.Code, duplicate.Code));
        Assert.Equal(before, await db.MatchEvents.CountAsync());
    }
}
