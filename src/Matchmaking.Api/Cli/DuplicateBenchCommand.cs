using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Seed;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli;

/// <summary>
/// `bench-duplicates [--listings N] [--lookups N] [--out FILE.json]`: the near-duplicate detector over N synthetic
/// achievements and demands (the seed generator's, a quarter demands, with its planted re-posts), streamed into
/// the detector the way an index rebuild feeds it: build time, managed bytes after a full collection, peak RSS,
/// and the time of a lookup by id (possibleDuplicates) and of a lookup by text (a publish warning). The hash of
/// every answer lets two builds be compared for the same results.
/// </summary>
internal static class DuplicateBenchCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var listings = new Option<int>("--listings") { Description = "Achievements and demands to generate and hold.", DefaultValueFactory = _ => 100_000 };
        var lookups = new Option<int>("--lookups") { Description = "Listings looked up, spread evenly over the set.", DefaultValueFactory = _ => 10_000 };
        var output = new Option<string?>("--out") { Description = "Write the figures as JSON to this file." };
        var command = new Command("bench-duplicates", "Measure the duplicate detector at N listings: build time, memory, lookup latency.") { listings, lookups, output };
        command.SetAction(async (parse, ct) =>
        {
            var figures = Run(parse.GetValue(listings), parse.GetValue(lookups));
            string json = JsonSerializer.Serialize(figures, Json);
            Console.WriteLine(json);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(CliPath.Resolve(file), json, ct);
            }

            return 0;
        });
        return command;
    }

    private static Dictionary<string, object> Run(int count, int lookupCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 20);
        int demands = count / 4;
        var generator = new SeedGenerator(new SeedSize(Math.Max(2, count / 100), 10, demands, count - demands, 8), SeedGenerator.DefaultSeed);
        var documents = generator.Achievements().Select(ListingDocument.From)
            .Concat(generator.Demands().Select(ListingDocument.From))
            .Concat(generator.Duplicates().Where(d => d.Kind != ListingKind.Expert).Select(d => d.Listing switch
            {
                Achievement a => ListingDocument.From(a),
                Demand d2 => ListingDocument.From(d2),
                _ => throw new InvalidOperationException(d.Kind.ToString()),
            }));
        var detector = new DuplicateDetector(Options.Create(new DuplicateOptions()));

        // Warm: the first build pays for JIT compilation and the normalisation tables.
        detector.Reset(documents.Take(500));
        detector.Reset([]);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        int stride = Math.Max(1, count / Math.Max(1, lookupCount));
        var sample = new List<ListingDocument>();
        var generation = new Stopwatch();
        var build = Stopwatch.StartNew();
        detector.Reset(Sampled(documents, stride, lookupCount, sample, generation, build));
        double buildSeconds = build.Elapsed.TotalSeconds;
        double detectorSeconds = buildSeconds - generation.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"  built {detector.Count:N0} listings in {buildSeconds:F1} s ({detectorSeconds:F1} s in the detector); {sample.Count:N0} lookups of each kind");

        var (byId, byIdHash, byIdFound) = Time(sample, doc => detector.Find(doc.Id));
        var (byText, byTextHash, _) = Time(sample, detector.FindFor);
        sample.Clear();
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var figures = new Dictionary<string, object>
        {
            ["listings"] = detector.Count,
            ["build_seconds"] = Math.Round(detectorSeconds, 1),
            ["build_seconds_with_generation"] = Math.Round(buildSeconds, 1),
            ["managed_mb"] = Math.Round(heapAfter / 1048576.0, 1),
            ["detector_managed_mb"] = Math.Round((heapAfter - heapBefore) / 1048576.0, 1),
            ["bytes_per_listing"] = Math.Round((double)(heapAfter - heapBefore) / Math.Max(1, detector.Count)),
            ["rss_mb"] = Math.Round(process.WorkingSet64 / 1048576.0, 1),
            ["peak_rss_mb"] = Math.Round(process.PeakWorkingSet64 / 1048576.0, 1),
            ["lookups"] = byId.Count,
            ["find_by_id_us_p50"] = Math.Round(BenchCommand.Percentile(byId, 0.5), 1),
            ["find_by_id_us_p95"] = Math.Round(BenchCommand.Percentile(byId, 0.95), 1),
            ["find_by_text_us_p50"] = Math.Round(BenchCommand.Percentile(byText, 0.5), 1),
            ["find_by_text_us_p95"] = Math.Round(BenchCommand.Percentile(byText, 0.95), 1),
            ["duplicates_found_by_id"] = byIdFound,
            ["results_hash_by_id"] = byIdHash.ToString("x16"),
            ["results_hash_by_text"] = byTextHash.ToString("x16"),
        };
        GC.KeepAlive(detector);
        return figures;
    }

    /// <summary>
    /// The documents as the detector pulls them, with the time spent generating them kept apart (the build time is
    /// the rest), every <paramref name="stride"/>th kept for the lookups, and progress every 100,000.
    /// </summary>
    private static IEnumerable<ListingDocument> Sampled(IEnumerable<ListingDocument> documents, int stride, int limit, List<ListingDocument> sample, Stopwatch generation, Stopwatch build)
    {
        using var source = documents.GetEnumerator();
        for (int fed = 0; ; fed++)
        {
            generation.Start();
            bool more = source.MoveNext();
            generation.Stop();
            if (!more)
            {
                yield break;
            }

            if (fed % stride == 0 && sample.Count < limit)
            {
                sample.Add(source.Current);
            }

            if (fed > 0 && fed % 100_000 == 0)
            {
                Console.Error.WriteLine($"  fed {fed:N0} listings in {build.Elapsed.TotalSeconds:F1} s ({generation.Elapsed.TotalSeconds:F1} s generating)");
            }

            yield return source.Current;
        }
    }

    /// <summary>Each lookup timed alone (µs), after a warm-up; and a hash over every answer in order, to compare builds.</summary>
    private static (List<double> Micros, ulong Hash, int Found) Time(List<ListingDocument> sample, Func<ListingDocument, IReadOnlyList<PossibleDuplicate>> find)
    {
        foreach (var doc in sample.Take(100))
        {
            find(doc);
        }

        var micros = new List<double>(sample.Count);
        ulong hash = 0xCBF29CE484222325UL;
        int found = 0;
        Span<byte> id = stackalloc byte[16];
        foreach (var doc in sample)
        {
            long start = Stopwatch.GetTimestamp();
            var duplicates = find(doc);
            micros.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            found += duplicates.Count;
            foreach (var duplicate in duplicates)
            {
                duplicate.Id.TryWriteBytes(id);
                foreach (ulong part in (ReadOnlySpan<ulong>)[BitConverter.ToUInt64(id), BitConverter.ToUInt64(id[8..]), (ulong)duplicate.Reason, BitConverter.DoubleToUInt64Bits(duplicate.Similarity)])
                {
                    hash = (hash ^ part) * 0x100000001B3UL;
                }
            }

            hash = (hash ^ (ulong)duplicates.Count) * 0x100000001B3UL;
        }

        return (micros, hash, found);
    }
}
