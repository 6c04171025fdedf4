using System.Numerics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

/// <summary>
/// The collector's counts against a brute-force count of the same match set over a real multi-segment
/// index: every value of every facet, below the bound (exact) and past it (the documented sample, scaled).
/// </summary>
public sealed class FacetCollectorTests
{
    private const int Documents = 3_000;
    private const string Match = "match";

    private static readonly string[] Industries = ["NEW_ENERGY", "BIOMEDICINE", "INTEGRATED_CIRCUITS", "ADVANCED_MATERIALS", "OTHER"];
    private static readonly string[] Regions = ["福建省/福州市", "福建省/厦门市", "福建省/泉州市", "广东省/深圳市"];
    private static readonly string[] Disciplines = ["材料科学", "电子信息", "生物医学"];
    private static readonly string[] Kinds = ["Achievement", "Expert", "Demand"];

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(10_000)]
    public void Result_MatchSetWithinTheBound_EveryValueExact(int bound)
    {
        var index = TestIndex.Build();

        var result = index.Collect(bound);

        Assert.True(result.Exact);
        Assert.Equal(1.0, result.SampleRate);
        Assert.Equal(index.Expected(level: 0), Flatten(result));
    }

    [Fact]
    public void Result_MatchSetExactlyAtTheBound_StillExact()
    {
        var index = TestIndex.Build();

        var result = index.Collect(index.Matches);

        Assert.True(result.Exact);
        Assert.Equal(index.Expected(level: 0), Flatten(result));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000)]
    [InlineData(300)]
    [InlineData(37)]
    [InlineData(1)]
    public void Result_MatchSetPastTheBound_TheHashSampleScaledUp(int bound)
    {
        var index = TestIndex.Build();
        bound = bound < 0 ? index.Matches - 1 : bound;

        var result = index.Collect(bound);

        // The lowest shift whose sample holds at most the bound, whatever order the documents came in.
        int shift = Enumerable.Range(1, 30).First(s => index.Sampled(s) <= bound);
        Assert.False(result.Exact);
        Assert.Equal(1.0 / (1 << shift), result.SampleRate);
        Assert.True(index.Sampled(shift - 1) > bound);
        Assert.Equal(index.Expected(shift), Flatten(result));
    }

    private static Dictionary<(string Facet, string Value), int> Flatten(FacetCounts facets) =>
        facets.ByFacet.SelectMany(f => f.Value.Select(v => (f.Key, v.Value, v.Count))).ToDictionary(v => (v.Key, v.Value), v => v.Count);

    /// <summary>
    /// Four segments (no merges, so a document's index-wide id is its insertion number); about two in three
    /// documents match; some lack a region, a discipline or a TRL, and a few carry a TRL outside 0–15.
    /// </summary>
    private sealed record TestIndex(IndexSearcher Searcher, List<(int Id, (string Facet, string Value)[] Values)> Matching)
    {
        public int Matches => Matching.Count;

        public static TestIndex Build()
        {
            var directory = new RAMDirectory();
            var config = new IndexWriterConfig(ListingAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ListingAnalyzer.Version))
            {
                MergePolicy = NoMergePolicy.COMPOUND_FILES,
            };
            var random = new Random(11);
            var matching = new List<(int, (string, string)[])>();
            using (var writer = new IndexWriter(directory, config))
            {
                for (int id = 0; id < Documents; id++)
                {
                    var values = new List<(string Facet, string Value)>
                    {
                        (FieldNames.Industry, Industries[random.Next(Industries.Length)]),
                        (FieldNames.Kind, Kinds[random.Next(Kinds.Length)]),
                    };
                    if (random.NextDouble() < 0.8)
                    {
                        values.Add((FieldNames.Region, Regions[random.Next(Regions.Length)]));
                    }

                    if (random.NextDouble() < 0.6)
                    {
                        values.Add((FieldNames.Discipline, Disciplines[random.Next(Disciplines.Length)]));
                    }

                    long? trl = random.NextDouble() switch { < 0.2 => null, < 0.25 => 20 + random.Next(3), var _ => 1 + random.Next(9) };
                    var doc = new Document();
                    foreach (var (facet, value) in values)
                    {
                        doc.Add(new SortedDocValuesField(facet, new BytesRef(value)));
                    }

                    if (trl is { } t)
                    {
                        doc.Add(new NumericDocValuesField(FieldNames.Trl, t));
                        values.Add((FieldNames.Trl, t.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    bool matches = random.NextDouble() < 0.67;
                    doc.Add(new StringField(Match, matches ? "yes" : "no", Field.Store.NO));
                    writer.AddDocument(doc);
                    if (matches)
                    {
                        matching.Add((id, values.ToArray()));
                    }

                    if (id % 800 == 799)
                    {
                        writer.Commit();
                    }
                }
            }

            var reader = DirectoryReader.Open(directory);
            Assert.True(reader.Leaves.Count >= 4, $"{reader.Leaves.Count} segments");
            return new TestIndex(new IndexSearcher(reader), matching);
        }

        public FacetCounts Collect(int bound)
        {
            var collector = new FacetCollector(bound);
            Searcher.Search(new TermQuery(new Term(Match, "yes")), collector);
            return collector.Result();
        }

        /// <summary>How many matches the sample at rate 2^-<paramref name="shift"/> keeps.</summary>
        public int Sampled(int shift) => Matching.Count(m => Level(m.Id) >= shift);

        /// <summary>Brute force: each (facet, value) over the matches the sample keeps, times 2^shift.</summary>
        public Dictionary<(string Facet, string Value), int> Expected(int level) =>
            Matching.Where(m => Level(m.Id) >= level).SelectMany(m => m.Values)
                .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count() << level);

        /// <summary>The documented rule, written out here on its own: leading zeros of the Fibonacci hash of the id.</summary>
        private static int Level(int id) => BitOperations.LeadingZeroCount(unchecked((uint)id * 2654435761u));
    }
}
