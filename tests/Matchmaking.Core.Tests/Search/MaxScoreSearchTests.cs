using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Seed;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Tests.Search;

/// <summary>
/// MaxScore (Search:PruneMinDocuments) must find the hits and scores the exhaustive search finds: it only skips
/// postings that cannot change the top k. What it estimates, the total and the facets, is flagged when it does.
/// </summary>
public sealed class MaxScoreSearchTests
{
    private const string Words = "words";
    private const string Pairs = "text_b";

    /// <summary>
    /// Five segments, deleted documents, a filter, BM25 on one field and classic TF-IDF on the other, the
    /// common-terms rule (MUST rare / SHOULD common) and nested boosts: the top k of every size is Lucene's.
    /// </summary>
    [Fact]
    public void Top_SeveralSegmentsDeletesAndFilter_SameHitsAndScoresAsExhaustive()
    {
        using var directory = new RAMDirectory();
        var similarity = new PerFieldSimilarity();
        var config = new IndexWriterConfig(ListingAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ListingAnalyzer.Version))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
            Similarity = similarity,
        };
        var random = new Random(11);
        string[] vocabulary = ["电池", "检测", "系统", "研究", "技术", "缺陷", "注塑", "缩痕", "锂", "界面", "视觉", "材料", "涂层", "焊接", "算法", "传感"];
        using (var writer = new IndexWriter(directory, config))
        {
            int id = 0;
            for (int segment = 0; segment < 5; segment++)
            {
                for (int doc = 0; doc < 300; doc++, id++)
                {
                    // 研究 and 技术 are in most documents (common), the rest Zipf-like.
                    var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2))])
                        .Concat(random.NextDouble() < 0.7 ? ["研究", "技术"] : []).ToList();
                    writer.AddDocument(new Document
                    {
                        new StringField("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                        new StringField("kind", id % 3 == 0 ? "expert" : "achievement", Field.Store.NO),
                        new TextField(Words, string.Join(' ', words), Field.Store.NO),
                        new TextField(Pairs, string.Join(' ', words.Zip(words.Skip(1), (a, b) => a + b)), Field.Store.NO),
                    });
                }

                writer.Commit();
            }

            for (int i = 0; i < 1_500; i += 7)
            {
                writer.DeleteDocuments(new Term("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 5, $"{reader.Leaves.Count} segments");
        Assert.True(reader.HasDeletions);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var filter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term("kind", "achievement"))));
        var queries = new List<Query>();
        for (int q = 0; q < 40; q++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 9)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Distinct().ToList();
            var query = new BooleanQuery(disableCoord: true);
            var common = new WeightedCommonTermsQuery(0.3f) { Boost = 0.7f };
            var plain = new BooleanQuery(disableCoord: true) { Boost = 1.3f };
            foreach (string word in picked)
            {
                common.Add(new Term(Words, word), (float)(0.5 + random.NextDouble()));
                plain.Add(new TermQuery(new Term(Pairs, word + picked[0])) { Boost = 0.8f }, Occur.SHOULD);
                plain.Add(new TermQuery(new Term(Words, word)) { Boost = 0.4f }, Occur.SHOULD);
            }

            query.Add(common, Occur.SHOULD);
            query.Add(plain, Occur.SHOULD);
            queries.Add(query);
        }

        int compared = 0;
        foreach (var query in queries)
        {
            foreach (int k in new[] { 1, 10, 50, 400 })
            {
                foreach (var applied in new[] { null, filter })
                {
                    var exhaustive = searcher.Search(applied is null ? query : new FilteredQuery(query, applied), k);
                    var pruned = MaxScoreSearch.TryCreate(searcher, query);
                    Assert.NotNull(pruned);
                    var actual = pruned.Top(applied, k);

                    AssertSameHits(exhaustive.ScoreDocs, actual);
                    // In ranges searched at once (cut inside segments, ties across the cuts): exactly the one-thread
                    // hits, each document's score added in the same order, and ties broken to the lower id.
                    // One after another, forwards and backwards, each range starts from the bars of those before it.
                    foreach (int threads in new[] { 2, 3, 7 })
                    {
                        int[] forwards = [.. Enumerable.Range(0, threads)];
                        foreach (var order in new[] { null, forwards, forwards.Reverse().ToArray() })
                        {
                            var threaded = pruned.Top(applied, k, threads: threads, minPartition: 1, order: order);
                            Assert.Equal(actual.Select(h => (h.Doc, h.Score)), threaded.Select(h => (h.Doc, h.Score)));
                        }
                    }

                    int counted = pruned.Count(applied, 1, null).Matched;
                    Assert.Equal(exhaustive.TotalHits, counted);
                    Assert.Equal(counted, pruned.Count(applied, 1, null, threads: 3, minPartition: 1).Matched);
                    Assert.Equal(pruned.Count(applied, 0.3, null), pruned.Count(applied, 0.3, null, threads: 3, minPartition: 1));

                    // Aggressive: every score it gives is the exact one, and nothing scoring above twice its k-th is missed.
                    var aggressive = pruned.Top(applied, k, 2f);
                    var all = searcher.Search(applied is null ? query : new FilteredQuery(query, applied), 2_000).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
                    Assert.All(aggressive, hit => Assert.True(Math.Abs(all[hit.Doc] - hit.Score) <= 1e-5f * Math.Max(1f, hit.Score)));
                    if (aggressive.Length == k)
                    {
                        float bar = 2f * aggressive[^1].Score * (1 + 1e-5f);
                        var kept = aggressive.Select(h => h.Doc).ToHashSet();
                        Assert.All(all.Where(p => p.Value > bar), p => Assert.Contains(p.Key, kept));
                    }
                    else
                    {
                        Assert.Equal(exhaustive.ScoreDocs.Length, aggressive.Length);
                    }
                    compared += actual.Length;
                }
            }
        }

        Assert.True(compared > 10_000, $"{compared} hits compared");
    }

    [Fact]
    public void TryCreate_PhraseClause_NullSoTheSearchIsExhaustive()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ListingAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ListingAnalyzer.Version))))
        {
            writer.AddDocument(new Document { new TextField(Words, "锂 电池", Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new PerFieldSimilarity() };
        var query = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(Words, "锂")), Occur.SHOULD },
            { new PhraseQuery { new Term(Words, "锂"), new Term(Words, "电池") }, Occur.SHOULD },
        };

        Assert.Null(MaxScoreSearch.TryCreate(searcher, query));
        Assert.Null(MaxScoreSearch.TryCreate(new IndexSearcher(reader), new TermQuery(new Term(Words, "锂"))));
    }

    /// <summary>
    /// Through the whole pipeline on a generated seed set: keyword, title and whole-demand searches with facets give
    /// the same page, scores and explanations pruned as exhaustive; counted whole (a large sample budget) the totals
    /// and facets are the exhaustive ones too; on a small budget they are flagged estimates near the real figures.
    /// </summary>
    [Fact]
    public async Task Pipeline_SeedSearches_SamePagesPrunedAsExhaustive()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Path, SeedSize.ForListings(2_000), 5, null, default);
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:PruneMinDocuments"] = "0" });
        await harness.Get<SeedImporter>().ImportAsync(temp.Path, null, default);
        await harness.Maintenance.RebuildAsync(null, default);
        var demands = SeedReader.Read<Demand>(Path.Combine(temp.Path, SeedWriter.Demands)).Take(40).ToList();
        var texts = demands.SelectMany(d => new[] { string.Join(' ', d.Keywords.Take(3)), d.Title, $"{d.Title}\n{d.Description}" }).ToList();
        var options = harness.Get<IOptions<SearchOptions>>().Value;

        var exhaustive = await SearchAllAsync(harness.Pipeline, texts);
        options.PruneMinDocuments = 1;
        options.CountSamplePostings = int.MaxValue;
        var pruned = await SearchAllAsync(harness.Pipeline, texts);
        options.CountSamplePostings = 2_000;
        var sampled = await SearchAllAsync(harness.Pipeline, texts);

        // Walked and counted in ranges at once, into facet counters added up after: the same results, also when the
        // facets are themselves a sample (few kept documents, so each range's cut differs from the merged one).
        options.PruneThreads = 3;
        options.PruneThreadMinDocuments = 1;
        Assert.Equal(Json(sampled), Json(await SearchAllAsync(harness.Pipeline, texts)));
        options.CountSamplePostings = int.MaxValue;
        Assert.Equal(Json(pruned), Json(await SearchAllAsync(harness.Pipeline, texts)));
        options.FacetSampleSize = 60;
        var threaded = Json(await SearchAllAsync(harness.Pipeline, texts));
        options.PruneThreads = 1;
        Assert.Equal(Json(await SearchAllAsync(harness.Pipeline, texts)), threaded);
        Assert.Contains("\"Exact\":false", threaded, StringComparison.Ordinal);

        Assert.All(exhaustive, r => Assert.True(r.Facets.Exact));
        Assert.Contains(exhaustive, r => r.Hits.Count == 10);
        int estimates = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            // Collapsing duplicates can make an exhaustive total inexact too; pruning must not change that.
            AssertSamePage(exhaustive[i], pruned[i]);
            Assert.Equal(exhaustive[i].TotalCount, pruned[i].TotalCount);
            Assert.Equal(exhaustive[i].TotalCountIsExact, pruned[i].TotalCountIsExact);
            Assert.Equal(JsonSerializer.Serialize(exhaustive[i].Facets), JsonSerializer.Serialize(pruned[i].Facets));

            AssertSamePage(exhaustive[i], sampled[i]);
            if (!sampled[i].Facets.Exact)
            {
                estimates++;
                Assert.False(sampled[i].TotalCountIsExact);
                Assert.InRange(sampled[i].TotalCount, exhaustive[i].TotalCount * 0.5, exhaustive[i].TotalCount * 1.5);
            }
            else
            {
                Assert.Equal(exhaustive[i].TotalCount, sampled[i].TotalCount);
                Assert.Equal(exhaustive[i].TotalCountIsExact, sampled[i].TotalCountIsExact);
            }
        }

        Assert.True(estimates >= 20, $"{estimates} estimated totals");
    }

    private static string Json(IEnumerable<SearchResult> results) => JsonSerializer.Serialize(results);

    private static void AssertSameHits(ScoreDoc[] expected, ScoreDoc[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            // The sums are added in another order than Lucene's scorer adds them: equal to the last bits or so.
            Assert.True(Math.Abs(expected[i].Score - actual[i].Score) <= 1e-5f * Math.Max(1f, expected[i].Score), $"#{i}: {expected[i].Score} vs {actual[i].Score}");
            if (expected[i].Doc != actual[i].Doc)
            {
                Assert.True(Math.Abs(expected[i].Score - actual[i].Score) <= 1e-5f * Math.Max(1f, expected[i].Score) && i + 1 < expected.Length && Math.Abs(expected[i].Score - expected[i + 1].Score) <= 1e-5f * Math.Max(1f, expected[i].Score), $"#{i}: doc {expected[i].Doc} vs {actual[i].Doc}");
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Number = new(@"-?\d+\.\d+(E-?\d+)?");

    // Scores summed in another order differ in the last bits: the pages must be the same but for that.
    private static void AssertSamePage(SearchResult expected, SearchResult actual)
    {
        string want = Page(expected), got = Page(actual);
        Assert.Equal(Number.Replace(want, "#"), Number.Replace(got, "#"));
        var wantNumbers = Number.Matches(want).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var gotNumbers = Number.Matches(got).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (int i = 0; i < wantNumbers.Count; i++)
        {
            Assert.True(Math.Abs(wantNumbers[i] - gotNumbers[i]) <= 1e-5 * Math.Max(1, Math.Abs(wantNumbers[i])), $"{wantNumbers[i]} vs {gotNumbers[i]} in {want}");
        }
    }

    private static string Page(SearchResult result) =>
        JsonSerializer.Serialize(result.Hits.Select(h => new { h.Id, h.Score, h.Explanation }));

    private static async Task<List<SearchResult>> SearchAllAsync(SearchPipeline pipeline, List<string> texts)
    {
        var results = new List<SearchResult>();
        foreach (string text in texts)
        {
            results.Add(await pipeline.RunAsync(new SearchRequest(text, [ListingKind.Achievement]) { IncludeFacets = true, Limit = 10 }, default));
        }

        return results;
    }

    /// <summary>BM25 on words, classic TF-IDF on pairs, as the served index scores them.</summary>
    private sealed class PerFieldSimilarity : PerFieldSimilarityWrapper
    {
        private readonly Similarity words = new BM25Similarity(1.2f, 0.75f);
        private readonly Similarity pairs = new DefaultSimilarity();

        public override Similarity Get(string name) => name == Pairs ? pairs : words;
    }
}
