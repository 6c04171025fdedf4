using System.Globalization;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Writes a seed set: one JSON-lines file per kind of record, and the planted ground truth as two
/// BEIR datasets (eval/achievements, eval/experts). Records stream from the generator straight to
/// disk, so memory stays flat from the default set to a million listings.
/// </summary>
public static class SeedWriter
{
    public const string Institutions = "institutions.jsonl";
    public const string Enterprises = "enterprises.jsonl";
    public const string Demands = "demands.jsonl";
    public const string Achievements = "achievements.jsonl";
    public const string Experts = "experts.jsonl";

    // The broker workflow's history (see WorkflowComposer), imported after the listings.
    public const string Policies = "policies.jsonl";
    public const string Matches = "matches.jsonl";
    public const string MatchEvents = "match-events.jsonl";
    public const string Deals = "deals.jsonl";
    public const string Payments = "payments.jsonl";

    // Planted duplicates (DuplicateComposer), imported after the listings they repeat, and their ground truth.
    public static readonly string DuplicateAchievements = Path.Combine("duplicates", "achievements.jsonl");
    public static readonly string DuplicateDemands = Path.Combine("duplicates", "demands.jsonl");
    public static readonly string DuplicateExperts = Path.Combine("duplicates", "experts.jsonl");

    /// <summary>Ground truth of the planted duplicates: kind, duplicate id, original id, variant (tab-separated).</summary>
    public static readonly string DuplicatePairs = Path.Combine("eval", "duplicates", "pairs.tsv");

    /// <summary>The BEIR dataset of demands against achievements, relative to the seed folder.</summary>
    public static readonly string AchievementEval = Path.Combine("eval", "achievements");

    /// <summary>The BEIR dataset of demands against experts, relative to the seed folder.</summary>
    public static readonly string ExpertEval = Path.Combine("eval", "experts");

    public static async Task<SeedSummary> WriteAsync(
        string directory, SeedSize size, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(size);
        var generator = new SeedGenerator(size, seed);
        var meter = new ProgressMeter("seed", size.Institutions + size.Listings, progress);
        string achievementEval = Path.Combine(directory, AchievementEval);
        string expertEval = Path.Combine(directory, ExpertEval);

        await using (var file = new JsonLinesFile(Path.Combine(directory, Institutions)))
        {
            foreach (Institution institution in generator.Institutions())
            {
                await file.WriteAsync(institution, ct);
                meter.Step();
            }
        }

        await using (var file = new JsonLinesFile(Path.Combine(directory, Enterprises)))
        {
            foreach (Enterprise enterprise in generator.Enterprises())
            {
                await file.WriteAsync(enterprise, ct);
                meter.Step();
            }
        }

        (int achievementQueries, int expertQueries) = await WriteDemandsAsync(generator, directory, achievementEval, expertEval, meter, ct);

        await using (var file = new JsonLinesFile(Path.Combine(directory, Achievements)))
        await using (var corpus = new JsonLinesFile(Path.Combine(achievementEval, "corpus.jsonl")))
        {
            foreach (Achievement a in generator.Achievements())
            {
                await file.WriteAsync(a, ct);
                await corpus.WriteAsync(AchievementDocument(a), ct);
                meter.Step();
            }
        }

        await using (var file = new JsonLinesFile(Path.Combine(directory, Experts)))
        await using (var corpus = new JsonLinesFile(Path.Combine(expertEval, "corpus.jsonl")))
        {
            foreach (Expert e in generator.Experts())
            {
                await file.WriteAsync(e, ct);
                await corpus.WriteAsync(ExpertDocument(e), ct);
                meter.Step();
            }
        }

        await WriteWorkflowAsync(generator, directory, ct);
        await WriteDuplicatesAsync(generator, directory, ct);
        (int achievementQrels, int paraphrased) = await WriteQrelsAsync(achievementEval, generator.AchievementPairs(), ct);
        (int expertQrels, _) = await WriteQrelsAsync(expertEval, generator.ExpertPairs(), ct);
        meter.Finish();
        return new SeedSummary(seed, size, achievementQueries, achievementQrels, expertQueries, expertQrels, paraphrased);
    }

    private static async Task<(int Achievement, int Expert)> WriteDemandsAsync(
        SeedGenerator generator, string directory, string achievementEval, string expertEval, ProgressMeter meter, CancellationToken ct)
    {
        int achievementQueries = 0;
        int expertQueries = 0;
        await using var file = new JsonLinesFile(Path.Combine(directory, Demands));
        await using var toAchievements = new JsonLinesFile(Path.Combine(achievementEval, "queries.jsonl"));
        await using var toExperts = new JsonLinesFile(Path.Combine(expertEval, "queries.jsonl"));
        int index = 0;
        foreach (Demand demand in generator.Demands())
        {
            await file.WriteAsync(demand, ct);
            var query = new BeirQuery(Id(demand.Id), DemandComposer.QueryText(demand));
            if (generator.HasPlantedAchievement(index))
            {
                await toAchievements.WriteAsync(query, ct);
                achievementQueries++;
            }

            if (generator.HasPlantedExpert(index))
            {
                await toExperts.WriteAsync(query, ct);
                expertQueries++;
            }

            index++;
            meter.Step();
        }

        return (achievementQueries, expertQueries);
    }

    private static async Task WriteWorkflowAsync(SeedGenerator generator, string directory, CancellationToken ct)
    {
        await using (var file = new JsonLinesFile(Path.Combine(directory, Policies)))
        {
            await file.WriteAsync(generator.WorkflowPolicy(), ct);
        }

        await using var matches = new JsonLinesFile(Path.Combine(directory, Matches));
        await using var events = new JsonLinesFile(Path.Combine(directory, MatchEvents));
        await using var deals = new JsonLinesFile(Path.Combine(directory, Deals));
        await using var payments = new JsonLinesFile(Path.Combine(directory, Payments));
        foreach (SeedMatch seeded in generator.Workflow())
        {
            await matches.WriteAsync(seeded.Match, ct);
            foreach (var entry in seeded.History)
            {
                await events.WriteAsync(entry, ct);
            }

            if (seeded.Deal is { } deal)
            {
                await deals.WriteAsync(deal, ct);
            }

            foreach (var payment in seeded.Payments)
            {
                await payments.WriteAsync(payment, ct);
            }
        }
    }

    private static async Task WriteDuplicatesAsync(SeedGenerator generator, string directory, CancellationToken ct)
    {
        await using var achievements = new JsonLinesFile(Path.Combine(directory, DuplicateAchievements));
        await using var demands = new JsonLinesFile(Path.Combine(directory, DuplicateDemands));
        await using var experts = new JsonLinesFile(Path.Combine(directory, DuplicateExperts));
        await using var pairs = new JsonLinesFile(Path.Combine(directory, DuplicatePairs));
        await pairs.WriteLineAsync("kind\tduplicate-id\toriginal-id\tvariant", ct);
        foreach (PlantedDuplicate planted in generator.Duplicates())
        {
            var file = planted.Kind switch { ListingKind.Achievement => achievements, ListingKind.Demand => demands, _ => experts };
            await file.WriteAsync((object)planted.Listing, ct);
            await pairs.WriteLineAsync($"{planted.Kind}\t{Id(planted.Listing.Id)}\t{Id(planted.OriginalId)}\t{planted.Variant}", ct);
        }
    }

    private static async Task<(int Pairs, int Paraphrased)> WriteQrelsAsync(string folder, IEnumerable<PlantedPair> pairs, CancellationToken ct)
    {
        int count = 0;
        int paraphrased = 0;
        await using var file = new JsonLinesFile(Path.Combine(folder, "qrels", "test.tsv"));
        await file.WriteLineAsync("query-id\tcorpus-id\tscore", ct);
        foreach (PlantedPair pair in pairs)
        {
            await file.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"{Id(pair.DemandId)}\t{Id(pair.CandidateId)}\t{pair.Score}"), ct);
            count++;
            paraphrased += pair.Paraphrased ? 1 : 0;
        }

        return (count, paraphrased);
    }

    private static BeirDocument AchievementDocument(Achievement a) => new(
        Id(a.Id),
        a.Title,
        a.Abstract,
        new Dictionary<string, string>
        {
            ["kind"] = "achievement",
            ["industry"] = a.Industry.ToString(),
            ["region"] = a.Region,
            ["trl"] = a.Trl.ToString(CultureInfo.InvariantCulture),
            ["keywords"] = string.Join(",", a.Keywords),
            ["institutionId"] = a.InstitutionId is { } i ? Id(i) : "",
        });

    private static BeirDocument ExpertDocument(Expert e) => new(
        Id(e.Id),
        e.Name,
        ExpertComposer.DocumentText(e),
        new Dictionary<string, string>
        {
            ["kind"] = "expert",
            ["industry"] = e.Industry.ToString(),
            ["region"] = e.Region,
            ["title"] = e.Title,
            ["institutionId"] = e.InstitutionId is { } i ? Id(i) : "",
        });

    private static string Id(Guid id) => id.ToString("D");
}
