using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Deterministic synthetic listings with planted ground truth. Every record is built from its own
/// random stream derived from (seed, kind, index), so each sequence can be enumerated alone, in any
/// order, any number of times, and yields the same records; nothing but the small
/// <see cref="SeedPlan"/> is held in memory.
/// </summary>
public sealed class SeedGenerator
{
    private readonly SeedPlan plan;

    /// <summary>The seed of the committed set under seed-data/.</summary>
    public const int DefaultSeed = 20261127;

    public SeedGenerator(SeedSize size, int seed)
    {
        ArgumentNullException.ThrowIfNull(size);
        plan = new SeedPlan(size, seed);
    }

    /// <summary>The day every date is relative to (2026-06-01); demand deadlines validate against it only when open.</summary>
    public static DateOnly ReferenceDate => SeedClock.ReferenceDate;

    public SeedSize Size => plan.Size;

    public int Seed => plan.Seed;

    public IEnumerable<Institution> Institutions()
    {
        for (int i = 0; i < plan.Institutions.Count; i++)
        {
            var (name, kind, city) = plan.Institutions[i];
            yield return new Institution
            {
                Id = SeedHash.Id(plan.Seed, SeedStream.Institution, i),
                Name = name,
                InstitutionKind = kind,
                Region = city.Region,
            };
        }
    }

    public IEnumerable<Enterprise> Enterprises()
    {
        var names = new Bogus.DataSets.Name("zh_CN");
        for (int i = 0; i < plan.Size.Enterprises; i++)
        {
            yield return EnterpriseComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Enterprise, i), names);
        }
    }

    public IEnumerable<Demand> Demands()
    {
        var names = new Bogus.DataSets.Name("zh_CN");
        for (int i = 0; i < plan.Size.Demands; i++)
        {
            yield return DemandComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Demand, i), names);
        }
    }

    public IEnumerable<Achievement> Achievements()
    {
        for (int i = 0; i < plan.Size.Achievements; i++)
        {
            yield return AchievementComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Achievement, i));
        }
    }

    public IEnumerable<Expert> Experts()
    {
        var names = new Bogus.DataSets.Name("zh_CN");
        for (int i = 0; i < plan.Size.Experts; i++)
        {
            yield return ExpertComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Expert, i), names);
        }
    }

    /// <summary>The revenue-share policy every seeded deal is under.</summary>
    public RevenueSharePolicy WorkflowPolicy() => WorkflowComposer.Policy(plan.Seed);

    /// <summary>A year of broker work on the planted pairs: matches with their history, deals and payments (see <see cref="WorkflowComposer"/>).</summary>
    public IEnumerable<SeedMatch> Workflow()
    {
        var names = new Bogus.DataSets.Name("zh_CN");
        Guid policy = WorkflowPolicy().Id;
        for (int d = 0; d < plan.Size.Demands; d++)
        {
            var demand = DemandComposer.Compose(plan, d, SeedHash.Random(plan.Seed, SeedStream.Demand, d), names);
            var candidates = new List<(CandidateKind, Guid, string, Guid?)>();
            for (int k = 0; k < SeedPlan.MaxPlantedAchievements; k++)
            {
                int a = plan.DemandAchievements[(d * SeedPlan.MaxPlantedAchievements) + k];
                if (a >= 0)
                {
                    var achievement = AchievementComposer.Compose(plan, a, SeedHash.Random(plan.Seed, SeedStream.Achievement, a));
                    candidates.Add((CandidateKind.Achievement, achievement.Id, "成果完成团队", achievement.InstitutionId));
                }
            }

            for (int k = 0; k < SeedPlan.MaxPlantedExperts; k++)
            {
                int e = plan.DemandExperts[(d * SeedPlan.MaxPlantedExperts) + k];
                if (e >= 0)
                {
                    var expert = ExpertComposer.Compose(plan, e, SeedHash.Random(plan.Seed, SeedStream.Expert, e), names);
                    candidates.Add((CandidateKind.Expert, expert.Id, expert.Name, expert.InstitutionId));
                }
            }

            foreach (var match in WorkflowComposer.Compose(plan.Seed, d, demand, candidates, policy, OffTopicAchievements(d)))
            {
                yield return match;
            }
        }
    }

    /// <summary>Up to two achievements on demand <paramref name="demand"/>'s topic but another aspect, distinct, drawn from the demand's own stream.</summary>
    private List<Guid> OffTopicAchievements(int demand)
    {
        Randomizer random = SeedHash.Random(plan.Seed, SeedStream.OffTopicWorkflow, -1 - demand);
        var picked = new List<Guid>(2);
        for (int j = 0; j < 2; j++)
        {
            int a = plan.OffTopicAchievement(demand, random);
            var id = SeedHash.Id(plan.Seed, SeedStream.Achievement, a);
            if (a >= 0 && !picked.Contains(id))
            {
                picked.Add(id);
            }
        }

        return picked;
    }

    /// <summary>Planted duplicates: achievements, open demands and experts posted again, each with the listing it repeats.</summary>
    public IEnumerable<PlantedDuplicate> Duplicates() => new SeedDuplicates(plan).All();

    /// <summary>Planted (demand, achievement) pairs, grouped by demand, best answer first.</summary>
    public IEnumerable<PlantedPair> AchievementPairs()
    {
        for (int d = 0; d < plan.Size.Demands; d++)
        {
            for (int k = 0; k < SeedPlan.MaxPlantedAchievements; k++)
            {
                int a = plan.DemandAchievements[(d * SeedPlan.MaxPlantedAchievements) + k];
                if (a >= 0)
                {
                    yield return new PlantedPair(
                        SeedHash.Id(plan.Seed, SeedStream.Demand, d),
                        SeedHash.Id(plan.Seed, SeedStream.Achievement, a),
                        plan.AchievementRank[a] == 0 ? 2 : 1,
                        plan.AchievementParaphrased[a]);
                }
            }
        }
    }

    /// <summary>Planted (demand, expert) pairs, grouped by demand; every planted expert scores 1.</summary>
    public IEnumerable<PlantedPair> ExpertPairs()
    {
        for (int d = 0; d < plan.Size.Demands; d++)
        {
            for (int k = 0; k < SeedPlan.MaxPlantedExperts; k++)
            {
                int e = plan.DemandExperts[(d * SeedPlan.MaxPlantedExperts) + k];
                if (e >= 0)
                {
                    yield return new PlantedPair(
                        SeedHash.Id(plan.Seed, SeedStream.Demand, d),
                        SeedHash.Id(plan.Seed, SeedStream.Expert, e),
                        1,
                        Paraphrased: true);
                }
            }
        }
    }

    /// <summary>Whether a demand has a planted achievement (so it is a query of the achievement set).</summary>
    internal bool HasPlantedAchievement(int demand) => plan.DemandAchievements[demand * SeedPlan.MaxPlantedAchievements] >= 0;

    internal bool HasPlantedExpert(int demand) => plan.DemandExperts[demand * SeedPlan.MaxPlantedExperts] >= 0;
}
