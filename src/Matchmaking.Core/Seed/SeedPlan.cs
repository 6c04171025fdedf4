using Bogus;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Seed.Vocabulary;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Who answers whom, decided once before any text is written: each demand's topic tuple, the
/// achievements and experts planted for it, every other record's tuple, and the links between
/// records. Only small integers per record, so a million listings plan in a few megabytes.
/// </summary>
internal sealed class SeedPlan
{
    public const int MaxPlantedAchievements = 3;
    public const int MaxPlantedExperts = 2;

    private readonly TopicTuple[] tuples;
    private readonly int[] demandTuple;
    private readonly int[] achievementTuple;
    private readonly int[] expertTuple;
    private readonly List<int>[] expertsByIndustry;
    private readonly List<int>[] achievementsByTopic;

    public SeedPlan(SeedSize size, int seed)
    {
        Size = size;
        Seed = seed;
        Randomizer random = SeedHash.Random(seed, SeedStream.Plan, 0);
        tuples = [.. AllTuples()];
        int[] order = Permutation(random, tuples.Length);

        demandTuple = new int[size.Demands];
        for (int d = 0; d < size.Demands; d++)
        {
            demandTuple[d] = order[d % order.Length];
        }

        // Tuples no demand uses make the background: same topics, another aspect or application.
        int[] unused = size.Demands < order.Length ? order[size.Demands..] : order;
        Institutions = [.. BuildInstitutions(random, size.Institutions)];

        DemandAchievements = Filled(size.Demands * MaxPlantedAchievements);
        DemandExperts = Filled(size.Demands * MaxPlantedExperts);
        AchievementDemand = Filled(size.Achievements);
        AchievementRank = new byte[size.Achievements];
        AchievementParaphrased = new bool[size.Achievements];
        ExpertDemand = Filled(size.Experts);
        achievementTuple = new int[size.Achievements];
        expertTuple = new int[size.Experts];

        PlantAchievements(random, unused);
        PlantExperts(random, unused);
        achievementsByTopic = [.. Enumerable.Range(0, TopicCatalog.All.Count).Select(_ => new List<int>())];
        for (int a = 0; a < size.Achievements; a++)
        {
            achievementsByTopic[tuples[achievementTuple[a]].Topic].Add(a);
        }

        ExpertInstitution = new int[size.Experts];
        expertsByIndustry = [.. Enumerable.Range(0, 11).Select(_ => new List<int>())];
        for (int e = 0; e < size.Experts; e++)
        {
            ExpertInstitution[e] = PickInstitution(random, TopicOf(expertTuple[e]).Industry);
            expertsByIndustry[(int)TopicOf(expertTuple[e]).Industry].Add(e);
        }
    }

    public SeedSize Size { get; }

    public int Seed { get; }

    public IReadOnlyList<(string Name, InstitutionKind Kind, City City)> Institutions { get; }

    /// <summary>Per demand, <see cref="MaxPlantedAchievements"/> slots of achievement indexes, -1 when empty.</summary>
    public int[] DemandAchievements { get; }

    /// <summary>Per demand, <see cref="MaxPlantedExperts"/> slots of expert indexes, -1 when empty.</summary>
    public int[] DemandExperts { get; }

    /// <summary>The demand an achievement was planted for, or -1 for the background.</summary>
    public int[] AchievementDemand { get; }

    /// <summary>0 for a demand's best answer, 1 for the others.</summary>
    public byte[] AchievementRank { get; }

    public bool[] AchievementParaphrased { get; }

    public int[] ExpertDemand { get; }

    public int[] ExpertInstitution { get; }

    public TopicTuple DemandTuple(int demand) => tuples[demandTuple[demand]];

    public TopicTuple AchievementTuple(int achievement) => tuples[achievementTuple[achievement]];

    public TopicTuple ExpertTuple(int expert) => tuples[expertTuple[expert]];

    public DemandSpec SpecOf(int demand) =>
        DemandSpec.Create(DemandTuple(demand), SeedHash.Random(Seed, SeedStream.DemandSpec, demand));

    /// <summary>Enterprises are laid out by industry: enterprise j is in industry j mod 10.</summary>
    public static Industry EnterpriseIndustry(int enterprise) => (Industry)(enterprise % 10);

    public int PickEnterprise(Randomizer random, Industry industry)
    {
        int slots = (Size.Enterprises - 1 - (int)industry) / 10;
        return (int)industry + (10 * random.Number(0, Math.Max(0, slots)));
    }

    public IReadOnlyList<int> ExpertsIn(Industry industry) => expertsByIndustry[(int)industry];

    /// <summary>
    /// An achievement on the demand's topic but about another of its aspects (planted for another demand or
    /// background): it shares the demand's vocabulary, so lexical search ranks it high, and does not answer it —
    /// what a broker proposes by mistake and the enterprise turns down as 方向不符. -1 when none was drawn.
    /// </summary>
    public int OffTopicAchievement(int demand, Randomizer random)
    {
        TopicTuple wanted = DemandTuple(demand);
        var sameTopic = achievementsByTopic[wanted.Topic];
        for (int attempt = 0; attempt < 8 && sameTopic.Count > 0; attempt++)
        {
            int a = sameTopic[random.Number(sameTopic.Count - 1)];
            if (tuples[achievementTuple[a]].Aspect != wanted.Aspect && AchievementDemand[a] != demand)
            {
                return a;
            }
        }

        return -1;
    }

    private static Topic TopicOf(TopicTuple tuple) => TopicCatalog.All[tuple.Topic];

    private Topic TopicOf(int tupleIndex) => TopicOf(tuples[tupleIndex]);

    private void PlantAchievements(Randomizer random, int[] unused)
    {
        int[] slots = Permutation(random, Size.Achievements);
        // A quarter of the achievements stays background so every topic keeps its distractors.
        int budget = Size.Achievements - (Size.Achievements / 4);
        int next = 0;
        for (int d = 0; d < Size.Demands; d++)
        {
            int count = Math.Min(random.WeightedRandom([1, 2, 3], [0.35f, 0.4f, 0.25f]), budget - next);
            for (int k = 0; k < count; k++)
            {
                int a = slots[next++];
                DemandAchievements[(d * MaxPlantedAchievements) + k] = a;
                AchievementDemand[a] = d;
                AchievementRank[a] = (byte)(k == 0 ? 0 : 1);
                achievementTuple[a] = demandTuple[d];
                // Well over half are paraphrased; the rest share the demand's words, as easy cases do.
                AchievementParaphrased[a] = random.Bool(0.62f);
            }
        }

        for (int i = next; i < slots.Length; i++)
        {
            achievementTuple[slots[i]] = unused[random.Number(unused.Length - 1)];
        }
    }

    private void PlantExperts(Randomizer random, int[] unused)
    {
        int[] slots = Permutation(random, Size.Experts);
        int budget = Size.Experts - (Size.Experts / 4);
        int next = 0;
        for (int d = 0; d < Size.Demands; d++)
        {
            int count = Math.Min(random.WeightedRandom([0, 1, 2], [0.3f, 0.45f, 0.25f]), budget - next);
            for (int k = 0; k < count; k++)
            {
                int e = slots[next++];
                DemandExperts[(d * MaxPlantedExperts) + k] = e;
                ExpertDemand[e] = d;
                expertTuple[e] = demandTuple[d];
            }
        }

        for (int i = next; i < slots.Length; i++)
        {
            expertTuple[slots[i]] = unused[random.Number(unused.Length - 1)];
        }
    }

    private int PickInstitution(Randomizer random, Industry industry)
    {
        // Hospitals employ health experts; one retry keeps the rest mostly at universities and institutes.
        int pick = random.Number(Institutions.Count - 1);
        if ((Institutions[pick].Kind == InstitutionKind.Hospital) != (industry == Industry.LifeHealth))
        {
            pick = random.Number(Institutions.Count - 1);
        }

        return pick;
    }

    private static IEnumerable<(string, InstitutionKind, City)> BuildInstitutions(Randomizer random, int count)
    {
        var combos = (from city in Places.All
                      from pattern in Organisations.InstitutionPatterns
                      select (city, pattern)).ToList();
        // Home-province institutions first, shuffled, so a small set is mostly from 安徽.
        var home = random.Shuffle(combos.Where(c => c.city.Province == "安徽省")).ToList();
        var away = random.Shuffle(combos.Where(c => c.city.Province != "安徽省")).ToList();
        var ordered = Interleave(home, away).ToList();
        for (int i = 0; i < count; i++)
        {
            var (city, pattern) = ordered[i % ordered.Count];
            string name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern.Pattern, city.Short);
            string suffix = i < ordered.Count ? "" : $"第{(i / ordered.Count) + 1}分院";
            yield return (name + suffix, pattern.Kind, city);
        }
    }

    private static IEnumerable<T> Interleave<T>(List<T> home, List<T> away)
    {
        int a = 0;
        for (int h = 0; h < home.Count; h++)
        {
            yield return home[h];
            if (h % 6 == 5 && a < away.Count)
            {
                yield return away[a++];
            }
        }

        while (a < away.Count)
        {
            yield return away[a++];
        }
    }

    private static IEnumerable<TopicTuple> AllTuples()
    {
        for (int t = 0; t < TopicCatalog.All.Count; t++)
        {
            Topic topic = TopicCatalog.All[t];
            int applications = TopicCatalog.Applications(topic.Industry).Length;
            for (int a = 0; a < topic.Aspects.Length; a++)
            {
                for (int p = 0; p < applications; p++)
                {
                    yield return new(t, a, p);
                }
            }
        }
    }

    private static int[] Permutation(Randomizer random, int length)
    {
        int[] order = [.. Enumerable.Range(0, length)];
        for (int i = length - 1; i > 0; i--)
        {
            int j = random.Number(0, i);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static int[] Filled(int length)
    {
        int[] array = new int[length];
        Array.Fill(array, -1);
        return array;
    }
}
