using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Seed;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Tests.Search;

/// <summary>The parallel build (<see cref="SearchOptions.IndexBuildThreads"/>) writes the index one thread writes.</summary>
public sealed class ListingIndexBuildTests
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Build_SeveralThreads_SameIndexTermForTermAsOneThread(int threads)
    {
        using var temp = new TempDirectory();
        var listings = Generated(SeedSize.ForListings(300)).Concat(EdgeCases()).ToList();
        using var analyzer = ListingAnalyzer.Create();

        int sequential = ListingIndex.Build(temp.Sub("one"), listings, 7, analyzer, threads: 1, nice: 0, null, default);
        int parallel = ListingIndex.Build(temp.Sub("many"), listings, 7, analyzer, threads, nice: 0, null, default);

        Assert.Equal(listings.Count, sequential);
        Assert.Equal(listings.Count, parallel);
        var expected = IndexSnapshot.Read(temp.Sub("one"));
        Assert.Contains(expected, line => line.StartsWith("posting codes zl202310123456 ", StringComparison.Ordinal));
        IndexSnapshot.AssertSame(expected, IndexSnapshot.Read(temp.Sub("many")));
        Assert.True(ListingIndex.Verify(temp.Sub("many")));
    }

    [Fact]
    public async Task Rebuild_SeveralThreads_SameSearchResultsAsOneThread()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Path, SeedSize.ForListings(400), 11, null, default);
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:IndexBuildThreads"] = "1" });
        await harness.Get<SeedImporter>().ImportAsync(temp.Path, null, default);
        var queries = SeedReader.Read<Demand>(Path.Combine(temp.Path, SeedWriter.Demands)).Take(12)
            .SelectMany(d => new[] { d.Title, string.Join(' ', d.Keywords), $"{d.Title}\n{d.Description}" }).ToList();

        await harness.Maintenance.RebuildAsync(null, default);
        var expected = IndexSnapshot.Read(harness.Index.Folder!);
        var expectedResults = await SearchAllAsync(harness.Pipeline, queries);
        harness.Get<IOptions<SearchOptions>>().Value.IndexBuildThreads = 3;
        await harness.Maintenance.RebuildAsync(null, default);

        IndexSnapshot.AssertSame(expected, IndexSnapshot.Read(harness.Index.Folder!));
        var actualResults = await SearchAllAsync(harness.Pipeline, queries);
        Assert.Contains(expectedResults, r => r.Contains("\"Hits\":[{", StringComparison.Ordinal));
        Assert.Equal(expectedResults, actualResults);
    }

    [Fact]
    public void Build_SourceFailsMidway_ThrowsItsException()
    {
        using var temp = new TempDirectory();
        using var analyzer = ListingAnalyzer.Create();

        var thrown = Assert.Throws<InvalidDataException>(() => ListingIndex.Build(temp.Sub("index"), FailingAfter(Generated(SeedSize.ForListings(100)), 70), 1, analyzer, threads: 2, nice: 0, null, default));

        Assert.Equal("row 70", thrown.Message);
    }

    [Fact]
    public void Build_CancelledMidway_Throws()
    {
        using var temp = new TempDirectory();
        using var analyzer = ListingAnalyzer.Create();
        using var cancel = new CancellationTokenSource();
        var listings = Generated(SeedSize.ForListings(1_000)).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => ListingIndex.Build(temp.Sub("index"), listings, 1, analyzer, threads: 2, nice: 0, _ => cancel.Cancel(), cancel.Token));
    }

    private static async Task<List<string>> SearchAllAsync(SearchPipeline pipeline, List<string> queries)
    {
        var results = new List<string>();
        foreach (string text in queries)
        {
            var result = await pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement, ListingKind.Expert]) { IncludeFacets = true }, default);
            results.Add(JsonSerializer.Serialize(result, Json));
        }

        return results;
    }

    private static IEnumerable<ListingDocument> Generated(SeedSize size)
    {
        var generator = new SeedGenerator(size, 5);
        return generator.Demands().Select(ListingDocument.From)
            .Concat(generator.Achievements().Select(ListingDocument.From))
            .Concat(generator.Experts().Select(ListingDocument.From))
            .Concat(generator.Enterprises().Select(ListingDocument.From));
    }

    /// <summary>
    /// Texts where a replay could differ: nothing to index, trailing stopwords (the final position increment),
    /// full-width and traditional characters (offsets corrected through the character filter), English stems, a
    /// second value of the codes field (position and offset gaps between values).
    /// </summary>
    private static IEnumerable<ListingDocument> EdgeCases()
    {
        ListingDocument Listing(int n, string title, string[] keywords, string body) =>
            new(new Guid(n, 0, 0, new byte[8]), ListingKind.Achievement, title, keywords, body, Industry.NewEnergyVehicles, "合肥", "", 5);

        yield return Listing(1, "", [], "");
        yield return Listing(2, "锂电池的", ["的", "了"], "研究了锂电池的。");
        yield return Listing(3, "ＰＬＣ控制器５Ｇ模組", ["電池", "ＡＩ"], "採用深度學習 batteries running") with { Identifiers = "ZL202310123456.7" };
        yield return Listing(4, "SiC MOSFET 功率模块", ["SiC"], "热阻降低 30%，型号 XC7Z020-2CLG400I。") with { Identifiers = "2023SR0123456" };
        yield return Listing(5, "   ", [" "], "\n\n");
    }

    private static IEnumerable<ListingDocument> FailingAfter(IEnumerable<ListingDocument> listings, int count)
    {
        int n = 0;
        foreach (var listing in listings)
        {
            if (n++ == count)
            {
                throw new InvalidDataException($"row {count}");
            }

            yield return listing;
        }
    }
}
