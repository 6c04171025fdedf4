using Bogus;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;
using Matchmaking.Core.Matches;

namespace Matchmaking.Core.Seed;

/// <summary>
/// A year of broker work on the planted pairs, so that analytics have a funnel to show on a fresh clone: about
/// three demands in ten get matches with their planted answers in the year before the reference day, each match
/// moves on or is rejected step by step with realistic delays, and contracted ones get a deal and payments.
/// Most of those demands also get an off-topic proposal (a candidate on the demand's topic but another aspect)
/// that the enterprise turns down as <see cref="RejectReason.NotRelevant"/> (方向不符): the real negatives the
/// ranker retrain learns from. Every id and random draw derives from (seed, demand), so the same seed writes the
/// same history; the off-topic proposals draw from streams of their own, so the planted pairs' history is the same
/// with or without them.
/// </summary>
internal static class WorkflowComposer
{
    /// <summary>The seeded brokers' subjects: `token --role BROKER --subject seed-broker-1` sees the first one's matches.</summary>
    public static readonly string[] Brokers = ["seed-broker-1", "seed-broker-2", "seed-broker-3", "seed-broker-4"];

    private const int MatchesPerDemand = 4;

    // Per step from SUGGESTED up to CONTRACTED: how often a match moves on, how often it is rejected, and the days it takes.
    private static readonly double[] Advance = [0.78, 0.72, 0.66, 0.6, 0.65];
    private static readonly double[] Reject = [0.12, 0.14, 0.18, 0.22, 0];
    private static readonly (double Min, double Spread)[] Days = [(1, 9), (2, 14), (3, 21), (7, 30), (14, 60)];

    private static readonly (RejectReason Reason, string Note)[] Rejections =
    [
        (RejectReason.Price, "报价超出企业预算"),
        (RejectReason.Price, "转让价格未谈拢"),
        (RejectReason.TooEarlyStage, "成果尚在实验室阶段，企业需要可量产方案"),
        (RejectReason.BenefitUnclear, "企业认为投入产出不明确"),
        (RejectReason.IpUnclear, "专利权属需进一步确认"),
        (RejectReason.Capacity, "团队近期无余力承接"),
        (RejectReason.Other, "企业需求调整，项目暂停"),
    ];

    private static readonly string[] OffTopicNotes =
    [
        "企业反馈：技术方向与需求不符",
        "成果解决的是同领域的另一问题，与需求不对口",
        "关键词相近但技术路线不同，企业不考虑",
        "方向不符，需求方需要的是另一环节的方案",
    ];

    // How often a matched demand gets a first and a second off-topic proposal, and how often one is shortlisted before it is turned down.
    private const double FirstOffTopic = 0.5;
    private const double SecondOffTopic = 0.3;
    private const double ShortlistedFirst = 0.3;

    public static RevenueSharePolicy Policy(int seed)
    {
        var id = SeedHash.Id(seed, SeedStream.Policy, 0);
        return new RevenueSharePolicy
        {
            Id = id,
            Name = "default-seed",
            EffectiveFrom = SeedClock.Reference.AddDays(-400).ToUniversalTime(),
            Shares = [.. PolicyRules.Default(new LedgerOptions()).Select((s, i) => new PolicyShare
            {
                Id = SeedHash.Id(seed, SeedStream.Policy, i + 1),
                PolicyId = id,
                Role = s.Role,
                BasisPoints = s.BasisPoints,
                IsCost = s.IsCost,
            })],
        };
    }

    /// <summary>The matches of demand <paramref name="index"/>, if it got any; candidates are (kind, index, id, payee name, institution).</summary>
    public static IEnumerable<SeedMatch> Compose(int seed, int index, Demand demand, IReadOnlyList<(CandidateKind Kind, Guid Id, string Team, Guid? Institution)> candidates, Guid policyId, IReadOnlyList<Guid>? offTopic = null)
    {
        Randomizer random = SeedHash.Random(seed, SeedStream.Workflow, index);
        DateTimeOffset end = SeedClock.Reference.ToUniversalTime();
        DateTimeOffset earliest = Max(demand.CreatedAt.ToUniversalTime().AddDays(1), end.AddDays(-365));
        if (random.Double() >= 0.3 || earliest >= end.AddDays(-2))
        {
            yield break;
        }

        string broker = random.ArrayElement(Brokers);
        for (int k = 0; k < Math.Min(candidates.Count, MatchesPerDemand); k++)
        {
            // The first planted answer always, further ones less often.
            if (k > 0 && random.Double() >= 0.35)
            {
                continue;
            }

            long n = ((long)index * MatchesPerDemand) + k;
            var proposed = Seconds(earliest + TimeSpan.FromHours(random.Double() * (end - earliest).TotalHours * 0.97));
            yield return Walk(seed, n, random, demand, candidates[k], broker, proposed, end, policyId);
        }

        foreach (var match in OffTopic(seed, index, demand, offTopic ?? [], broker, earliest, end))
        {
            yield return match;
        }
    }

    /// <summary>
    /// Proposals of off-topic achievements, each turned down as NOT_RELEVANT within the year (straight from
    /// SUGGESTED, or after a shortlist): proposed early enough that the rejection lands before the reference day,
    /// so none is left standing as a positive.
    /// </summary>
    private static IEnumerable<SeedMatch> OffTopic(int seed, int index, Demand demand, IReadOnlyList<Guid> candidates, string broker, DateTimeOffset earliest, DateTimeOffset end)
    {
        Randomizer random = SeedHash.Random(seed, SeedStream.OffTopicWorkflow, index);
        DateTimeOffset latest = end.AddDays(-(Days[0].Min + Days[0].Spread + Days[1].Min + Days[1].Spread + 1));
        for (int j = 0; j < candidates.Count && latest > earliest; j++)
        {
            if (random.Double() >= (j == 0 ? FirstOffTopic : SecondOffTopic))
            {
                break;
            }

            long n = ((long)index * 2) + j;
            var at = Seconds(earliest + TimeSpan.FromHours(random.Double() * (latest - earliest).TotalHours));
            var match = new Match
            {
                Id = SeedHash.Id(seed, SeedStream.OffTopicMatch, n),
                DemandId = demand.Id,
                CandidateKind = CandidateKind.Achievement,
                CandidateId = candidates[j],
                Origin = MatchOrigin.BrokerProposed,
                Stage = MatchStage.Suggested,
                BrokerSubject = broker,
                FeedbackNote = "关键词相近，建议企业评估",
                CreatedAt = at,
                UpdatedAt = at,
            };
            var history = new List<MatchEvent> { Event(seed, SeedStream.OffTopicMatchEvent, n, 0, match, MatchEventKind.Proposed, at, null, MatchStage.Suggested, match.FeedbackNote) };
            if (random.Double() < ShortlistedFirst)
            {
                at = Seconds(at + TimeSpan.FromDays(Days[0].Min + (random.Double() * Days[0].Spread)));
                match.Stage = MatchStage.Shortlisted;
                history.Add(Event(seed, SeedStream.OffTopicMatchEvent, n, history.Count, match, MatchEventKind.Advanced, at, MatchStage.Suggested, MatchStage.Shortlisted, null));
            }

            MatchStage from = match.Stage;
            at = Seconds(at + TimeSpan.FromDays(Days[1].Min + (random.Double() * Days[1].Spread)));
            match.Stage = MatchStage.Rejected;
            match.RejectReason = RejectReason.NotRelevant;
            match.RejectNote = random.ArrayElement(OffTopicNotes);
            match.UpdatedAt = at;
            var rejected = Event(seed, SeedStream.OffTopicMatchEvent, n, history.Count, match, MatchEventKind.Rejected, at, from, MatchStage.Rejected, match.RejectNote);
            rejected.Reason = RejectReason.NotRelevant;
            history.Add(rejected);
            yield return new SeedMatch(match, history, null, []);
        }
    }

    private static SeedMatch Walk(int seed, long n, Randomizer random, Demand demand, (CandidateKind Kind, Guid Id, string Team, Guid? Institution) candidate, string broker, DateTimeOffset proposed, DateTimeOffset end, Guid policyId)
    {
        var match = new Match
        {
            Id = SeedHash.Id(seed, SeedStream.Match, n),
            DemandId = demand.Id,
            CandidateKind = candidate.Kind,
            CandidateId = candidate.Id,
            Origin = MatchOrigin.BrokerProposed,
            Stage = MatchStage.Suggested,
            BrokerSubject = broker,
            FeedbackNote = "方向一致，建议对接",
            CreatedAt = proposed,
            UpdatedAt = proposed,
        };
        var history = new List<MatchEvent> { Event(seed, SeedStream.MatchEvent, n, 0, match, MatchEventKind.Proposed, proposed, null, MatchStage.Suggested, match.FeedbackNote) };
        DateTimeOffset contracted = default;
        for (int step = 0; step < Advance.Length; step++)
        {
            double draw = random.Double();
            var at = Seconds(match.UpdatedAt + TimeSpan.FromDays(Days[step].Min + (random.Double() * Days[step].Spread)));
            if (at >= end || draw >= Advance[step] + Reject[step])
            {
                break;
            }

            MatchStage from = match.Stage;
            if (draw >= Advance[step])
            {
                var (reason, note) = random.ArrayElement(Rejections);
                match.Stage = MatchStage.Rejected;
                match.RejectReason = reason;
                match.RejectNote = note;
                match.UpdatedAt = at;
                var rejected = Event(seed, SeedStream.MatchEvent, n, history.Count, match, MatchEventKind.Rejected, at, from, MatchStage.Rejected, note);
                rejected.Reason = reason;
                history.Add(rejected);
                break;
            }

            match.Stage = MatchWorkflow.Next(from)!.Value;
            match.UpdatedAt = at;
            history.Add(Event(seed, SeedStream.MatchEvent, n, history.Count, match, MatchEventKind.Advanced, at, from, match.Stage, null));
            if (match.Stage == MatchStage.Contracted)
            {
                contracted = at;
            }
        }

        if (contracted == default)
        {
            return new SeedMatch(match, history, null, []);
        }

        var deal = Deal(seed, n, random, demand, candidate, broker, contracted, policyId);
        return new SeedMatch(match, history, deal, Payments(seed, n, random, deal, match, contracted, end));
    }

    private static Deal Deal(int seed, long n, Randomizer random, Demand demand, (CandidateKind Kind, Guid Id, string Team, Guid? Institution) candidate, string broker, DateTimeOffset at, Guid policyId)
    {
        decimal low = demand.BudgetMin ?? 200_000m;
        decimal high = Math.Max(low, demand.BudgetMax ?? 1_500_000m);
        decimal value = Math.Max(10_000m, decimal.Round((low + ((high - low) * (decimal)random.Double())) / 10_000m) * 10_000m);
        var id = SeedHash.Id(seed, SeedStream.Deal, n);
        DealParty Party(int i, PartyRole role, string name, string reference) =>
            new() { Id = SeedHash.Id(seed, SeedStream.DealParty, (n * 8) + i), DealId = id, Role = role, Name = name, Reference = reference };
        return new Deal
        {
            Id = id,
            MatchId = SeedHash.Id(seed, SeedStream.Match, n),
            ContractType = random.ArrayElement([ContractType.Transfer, ContractType.License, ContractType.JointDevelopment, ContractType.TechnicalService]),
            Value = value,
            PolicyId = policyId,
            BrokerSubject = broker,
            Parties =
            [
                Party(0, PartyRole.Enterprise, "需求企业", demand.EnterpriseId.ToString("D")),
                Party(1, PartyRole.Inventors, candidate.Team, candidate.Id.ToString("D")),
                Party(2, PartyRole.Institution, "成果完成单位", (candidate.Institution ?? candidate.Id).ToString("D")),
                Party(3, PartyRole.Broker, "技术经纪人", broker),
                Party(4, PartyRole.Platform, "平台", "platform"),
            ],
            CreatedAt = at,
        };
    }

    /// <summary>A first instalment of 30 % a week or more after signing; the rest when the match closed.</summary>
    private static List<Payment> Payments(int seed, long n, Randomizer random, Deal deal, Match match, DateTimeOffset contracted, DateTimeOffset end)
    {
        var payments = new List<Payment>();
        var first = Seconds(contracted.AddDays(7 + (random.Double() * 14)));
        decimal deposit = decimal.Round(deal.Value * 0.3m, 2);
        if (first < end)
        {
            payments.Add(Payment(seed, n, 0, deal, deposit, first));
        }

        if (match.Stage == MatchStage.Closed && payments.Count == 1)
        {
            payments.Add(Payment(seed, n, 1, deal, deal.Value - deposit, Max(match.UpdatedAt, first.AddDays(1))));
        }

        return payments;
    }

    private static Payment Payment(int seed, long n, int i, Deal deal, decimal amount, DateTimeOffset at)
    {
        var id = SeedHash.Id(seed, SeedStream.Payment, (n * 4) + i);
        return new Payment
        {
            Id = id,
            DealId = deal.Id,
            PaymentKind = PaymentKind.Payment,
            Amount = amount,
            IdempotencyKey = IdempotencyKeys.Scope(deal.Id, "seed-" + id.ToString("N")),
            ReceivedAt = at,
            PolicyId = deal.PolicyId,
        };
    }

    private static MatchEvent Event(int seed, SeedStream stream, long n, int i, Match match, MatchEventKind kind, DateTimeOffset at, MatchStage? from, MatchStage? to, string? note) => new()
    {
        Id = SeedHash.Id(seed, stream, (n * 8) + i),
        MatchId = match.Id,
        Kind = kind,
        ActorSubject = match.BrokerSubject!,
        At = at,
        FromStage = from,
        ToStage = to,
        Note = note,
    };

    /// <summary>Whole seconds: both providers store them exactly, so durations read the same everywhere.</summary>
    private static DateTimeOffset Seconds(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), at.Offset);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
