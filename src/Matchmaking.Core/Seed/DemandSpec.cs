using Bogus;
using Matchmaking.Core.Seed.Vocabulary;

namespace Matchmaking.Core.Seed;

/// <summary>One indicator with the target a demand sets for it.</summary>
internal readonly record struct IndicatorTarget(Indicator Indicator, decimal Target);

/// <summary>
/// The content choices of a demand, apart from its wording: which synonyms it uses and which targets
/// it sets and the maturity it asks for. Drawn from its own random stream so that an achievement planted for the demand can
/// recompute them and then deliberately use the same synonyms (literal) or others (paraphrased).
/// </summary>
internal sealed record DemandSpec(
    Topic Topic,
    int AspectIndex,
    string[] Application,
    int ObjectVariant,
    int TaskVariant,
    int ApplicationVariant,
    string Term,
    IReadOnlyList<IndicatorTarget> Targets,
    int? RequiredTrl)
{
    public Aspect Aspect => Topic.Aspects[AspectIndex];

    public string Object => Topic.Objects[ObjectVariant];

    public string Task => Topic.Tasks[TaskVariant];

    public string ApplicationName => Application[ApplicationVariant];

    public static DemandSpec Create(TopicTuple tuple, Randomizer random)
    {
        Topic topic = TopicCatalog.All[tuple.Topic];
        string[] application = TopicCatalog.Applications(topic.Industry)[tuple.Application];
        int count = random.Number(2, Math.Min(3, topic.Indicators.Length));
        var targets = random.Shuffle(topic.Indicators).Take(count)
            .Select(i => new IndicatorTarget(i, i.Pick(random, i.Low, i.High)))
            .ToList();
        return new(
            topic,
            tuple.Aspect,
            application,
            random.Number(0, topic.Objects.Length - 1),
            random.Number(0, topic.Tasks.Length - 1),
            random.Number(0, application.Length - 1),
            random.ArrayElement(topic.Terms),
            targets,
            random.Bool(0.15f) ? null : random.Number(3, 8));
    }
}
