using System.Diagnostics;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Seed;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// Precision and recall of the detector on a seed set's planted duplicates (eval/duplicates/pairs.tsv):
/// every live achievement and demand, planted or not, goes into one detector; each is looked up; the pairs
/// it reports are compared with the planted groups (an original and its re-posts, every pair within).
/// Expert identities are measured apart, the same way, over the experts' names, institutions and contacts.
/// </summary>
public static class DuplicateEvaluation
{
    public static DuplicateReport Run(string seedFolder, DuplicateOptions options)
    {
        var detector = new DuplicateDetector(Options.Create(options));
        var documents = Read<Achievement>(seedFolder, SeedWriter.Achievements, SeedWriter.DuplicateAchievements)
            .Where(a => a.Status == AchievementStatus.Published).Select(ListingDocument.From)
            .Concat(Read<Demand>(seedFolder, SeedWriter.Demands, SeedWriter.DuplicateDemands).Where(d => d.Status == DemandStatus.Open).Select(ListingDocument.From))
            .ToList();
        // Timed warm: the first build also pays for JIT compilation and loading the normalisation tables.
        detector.Reset(documents.Take(200));
        var build = Stopwatch.StartNew();
        detector.Reset(documents);
        double buildMs = build.Elapsed.TotalMilliseconds;

        var truth = Truth(seedFolder, kind => kind != ListingKind.Expert);
        var found = new HashSet<(Guid, Guid)>();
        var lookups = Stopwatch.StartNew();
        foreach (var doc in documents)
        {
            foreach (var duplicate in detector.FindFor(doc))
            {
                found.Add(Pair(doc.Id, duplicate.Id));
            }
        }

        double lookupUs = lookups.Elapsed.TotalMicroseconds / Math.Max(1, documents.Count);
        var experts = Read<Expert>(seedFolder, SeedWriter.Experts, SeedWriter.DuplicateExperts).ToList();
        var expertFound = ExpertIdentities.Suggest(experts)
            .SelectMany(g => g.ExpertIds.SelectMany((a, i) => g.ExpertIds.Skip(i + 1).Select(b => Pair(a, b)))).ToHashSet();
        var expertTruth = Truth(seedFolder, kind => kind == ListingKind.Expert);
        return new DuplicateReport(
            documents.Count,
            Score(found, truth),
            Score(expertFound, expertTruth),
            Math.Round(buildMs, 1),
            Math.Round(lookupUs, 1));
    }

    private static PrecisionRecall Score(HashSet<(Guid, Guid)> found, HashSet<(Guid, Guid)> truth)
    {
        int hits = found.Count(truth.Contains);
        return new PrecisionRecall(
            truth.Count,
            found.Count,
            hits,
            found.Count == 0 ? 0 : Math.Round((double)hits / found.Count, 4),
            truth.Count == 0 ? 0 : Math.Round((double)hits / truth.Count, 4))
        {
            Missed = [.. truth.Where(p => !found.Contains(p)).Select(p => $"{p.Item1} {p.Item2}").Order()],
        };
    }

    /// <summary>Every pair within each planted group: an original and all its re-posts.</summary>
    private static HashSet<(Guid, Guid)> Truth(string seedFolder, Func<ListingKind, bool> kinds)
    {
        var groups = new Dictionary<Guid, List<Guid>>();
        foreach (string line in File.ReadLines(Path.Combine(seedFolder, SeedWriter.DuplicatePairs)).Skip(1))
        {
            string[] cells = line.Split('\t');
            if (cells.Length >= 3 && Enum.TryParse(cells[0], out ListingKind kind) && kinds(kind))
            {
                Guid original = Guid.Parse(cells[2]);
                if (!groups.TryGetValue(original, out var members))
                {
                    groups[original] = members = [original];
                }

                members.Add(Guid.Parse(cells[1]));
            }
        }

        return groups.Values.SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => Pair(a, b)))).ToHashSet();
    }

    private static IEnumerable<T> Read<T>(string folder, params string[] files) =>
        files.Select(f => Path.Combine(folder, f)).Where(File.Exists).SelectMany(SeedReader.Read<T>);

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
