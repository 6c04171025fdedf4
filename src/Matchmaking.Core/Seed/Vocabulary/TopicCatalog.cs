using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed.Vocabulary;

/// <summary>
/// Every technical topic, eight or more per emerging industry, and the application scenarios of each
/// industry. The vocabulary is written by hand, one file per group of industries, in a compact form:
/// '|' separates synonyms or alternatives, ';' separates list entries, and an aspect is
/// "enterprise wording&gt;lab wording&gt;tag".
/// </summary>
internal static partial class TopicCatalog
{
    private static readonly Lazy<IReadOnlyList<Topic>> LazyAll = new(Build);

    private static readonly Lazy<IReadOnlyDictionary<Industry, string[][]>> LazyApplications = new(BuildApplications);

    public static IReadOnlyList<Topic> All => LazyAll.Value;

    /// <summary>The application scenarios of an industry; each entry lists synonyms of one scenario.</summary>
    public static string[][] Applications(Industry industry) => LazyApplications.Value[industry];

    private static IReadOnlyList<Topic> Build() =>
    [
        .. InformationTopics(), .. IntelligenceTopics(), .. VehicleTopics(), .. MaterialTopics(),
        .. EquipmentTopics(), .. EnergyTopics(), .. HealthTopics(), .. ApplianceTopics(),
        .. CreativeTopics(), .. FoodTopics(),
    ];

    private static IReadOnlyDictionary<Industry, string[][]> BuildApplications()
    {
        var all = new Dictionary<Industry, string>
        {
            [Industry.NextGenIt] = InformationApplications,
            [Industry.ArtificialIntelligence] = IntelligenceApplications,
            [Industry.NewEnergyVehicles] = VehicleApplications,
            [Industry.NewMaterials] = MaterialApplications,
            [Industry.HighEndEquipment] = EquipmentApplications,
            [Industry.NewEnergyAndEnvironment] = EnergyApplications,
            [Industry.LifeHealth] = HealthApplications,
            [Industry.SmartAppliances] = ApplianceApplications,
            [Industry.DigitalCreative] = CreativeApplications,
            [Industry.GreenFood] = FoodApplications,
        };
        return all.ToDictionary(p => p.Key, p => p.Value.Split(';').Select(s => s.Split('|')).ToArray());
    }

    private static Topic T(
        Industry industry, string discipline, string objects, string tasks, string pains, string methods,
        string terms, string indicators, string aspects) =>
        new(
            industry,
            discipline,
            objects.Split('|'),
            tasks.Split('|'),
            pains.Split('|'),
            methods.Split('|'),
            terms.Split('|'),
            [.. indicators.Split(';').Select(Indicator.Parse)],
            [.. aspects.Split(';').Select(ParseAspect)]);

    private static Aspect ParseAspect(string text)
    {
        string[] parts = text.Split('>');
        if (parts.Length != 3)
        {
            throw new FormatException($"aspect '{text}' needs need>offer>tag.");
        }

        return new(parts[0], parts[1], parts[2]);
    }
}
