using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Tests.Search.Exposure;

public sealed class ExposureControlTests
{
    [Fact]
    public void CapInstitutions_ThreeOfOneInstitution_ThirdWaitsJustBelowTheWindow()
    {
        var ranked = new[] { Hit("a", 9), Hit("a", 8), Hit("a", 7), Hit("b", 6), Hit("", 5), Hit("c", 4), Hit("d", 3) };

        var capped = ExposureControl.CapInstitutions(ranked, window: 5, max: 2);

        Assert.Equal([9, 8, 6, 5, 4, 7, 3], capped.Select(h => (int)h.Score));
    }

    [Fact]
    public void CapInstitutions_UnderTheCap_SameList()
    {
        var ranked = new[] { Hit("a", 3), Hit("b", 2), Hit("a", 1) };

        Assert.Same(ranked, ExposureControl.CapInstitutions(ranked, window: 10, max: 2));
    }

    [Fact]
    public void Amortize_OftenShownListing_PushedBelowARarelyShownOne()
    {
        var ledger = new ExposureLedger(Options.Create(new ExposureOptions { MinPages = 1 }));
        var hub = Hit("", 10);
        var other = Hit("", 9);
        for (int i = 0; i < 10; i++)
        {
            ledger.Record(Guid.NewGuid(), [hub.Candidate.Id]);
        }

        var ranked = ExposureControl.Amortize([hub, other, Hit("", 0)], ledger, weight: 0.5);

        Assert.Equal(other.Candidate.Id, ranked[0].Candidate.Id);
        var demoted = ranked.Single(h => h.Candidate.Id == hub.Candidate.Id);
        Assert.Equal(10 - (0.5 * 1.0 * 10), demoted.Score, 9);
        Assert.Equal(demoted.Score, demoted.Signals.Values.Sum(), 9);
    }

    [Fact]
    public void ExposureLedger_PastTheHorizon_OldPagesFade()
    {
        var ledger = new ExposureLedger(Options.Create(new ExposureOptions { MinPages = 1, Horizon = 10 }));
        var early = Guid.NewGuid();
        ledger.Record(null, [early]);
        for (int i = 0; i < 29; i++)
        {
            ledger.Record(null, [Guid.NewGuid()]);
        }

        Assert.Equal(0, ledger.Share(early));
    }

    [Fact]
    public void ExposureLedger_SameSourceTwice_CountsOnce()
    {
        var ledger = new ExposureLedger(Options.Create(new ExposureOptions { MinPages = 1 }));
        Guid demand = Guid.NewGuid(), shown = Guid.NewGuid();
        ledger.Record(demand, [shown]);
        ledger.Record(demand, [shown]);
        ledger.Record(Guid.NewGuid(), []);

        Assert.Equal(0.5, ledger.Share(shown), 9);
        Assert.Equal(0, ledger.Share(shown, demand));
    }

    [Fact]
    public void Demote_FactorZero_UnavailableExpertBelowEveryAvailableHit()
    {
        var busy = Hit("", 10, ListingKind.Expert);
        var ranked = ExposureControl.Demote([busy, Hit("", 5, ListingKind.Expert), Hit("", 1)], new Dictionary<Guid, ExpertLoad> { [busy.Candidate.Id] = new(Open: false, Capacity: null, Active: 0) }, factor: 0);

        Assert.Equal(busy.Candidate.Id, ranked[^1].Candidate.Id);
        Assert.Equal(ranked[^1].Score, ranked[^1].Signals.Values.Sum(), 9);
    }

    private static RankedHit Hit(string institution, double score, ListingKind kind = ListingKind.Achievement) =>
        new(new Candidate(0, Guid.NewGuid(), new CandidateFacts(kind, null, 0, long.MaxValue, "") { Institution = institution }, (float)score), score, new Dictionary<string, double> { ["bm25"] = score });
}
