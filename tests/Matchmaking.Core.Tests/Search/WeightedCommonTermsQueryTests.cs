using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

public sealed class WeightedCommonTermsQueryTests
{
    private const string Words = "words";

    /// <summary>
    /// Term lookups share one enumerator per segment instead of Lucene's one per term: the statistics
    /// and therefore the hits and scores must be those of Lucene's own CommonTermsQuery, across several
    /// segments, with terms missing from some of them and from all.
    /// </summary>
    [Fact]
    public void Search_SeveralSegments_SameHitsAndScoresAsLuceneCommonTermsQuery()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ListingAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ListingAnalyzer.Version))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        var random = new Random(7);
        string[] vocabulary = ["电池", "检测", "系统", "研究", "技术", "缺陷", "注塑", "缩痕", "锂", "界面", "视觉", "材料"];
        using (var writer = new IndexWriter(directory, config))
        {
            for (int segment = 0; segment < 4; segment++)
            {
                for (int doc = 0; doc < 40; doc++)
                {
                    // 研究 and 技术 are in most documents; 锂 only in the later segments.
                    var words = Enumerable.Range(0, random.Next(2, 8)).Select(_ => vocabulary[random.Next(segment < 2 ? vocabulary.Length - 4 : vocabulary.Length)])
                        .Concat(random.NextDouble() < 0.8 ? ["研究", "技术"] : []);
                    writer.AddDocument(new Document { new TextField(Words, string.Join(' ', words), Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 4, $"{reader.Leaves.Count} segments");
        var searcher = new IndexSearcher(reader);
        string[] terms = ["研究", "技术", "锂", "电池", "缺陷", "不存在"];
        var ours = new WeightedCommonTermsQuery(0.5f);
        var lucene = new CommonTermsQuery(Occur.SHOULD, Occur.SHOULD, 0.5f, disableCoord: true);
        foreach (string term in terms)
        {
            ours.Add(new Term(Words, term), 1f);
            lucene.Add(new Term(Words, term));
        }

        var expected = searcher.Search(lucene, 200).ScoreDocs;
        var actual = searcher.Search(ours, 200).ScoreDocs;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
    }
}
