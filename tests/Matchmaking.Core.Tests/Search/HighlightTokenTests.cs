using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

/// <summary>
/// The explain step hands the highlighter only the tokens it needs (matched words, overlapping runs and
/// the fragmenter's cut points). These tests hold it to giving exactly the fragments that every token
/// gives, over real listing texts, several fragment sizes and query word sets.
/// </summary>
public sealed class HighlightTokenTests
{
    private static readonly string WordField = FieldNames.Words(FieldNames.All);

    [Theory]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(80)]
    public void NeededTokens_GiveTheSameFragments_AsEveryToken(int fragmentChars)
    {
        var corpus = BeirDataset.Load(Path.Combine(RelevanceTests.RepositoryRoot(), "seed-data", "eval", "achievements")).Corpus.Take(300).ToList();
        using var analyzer = ListingAnalyzer.Create();
        using var directory = Index(analyzer, corpus.Select(d => $"{d.Title}\n{d.Text}"));
        using var reader = DirectoryReader.Open(directory);
        int compared = 0;
        int differentlyCut = 0;
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            // Query words: some of this listing's own words and some of the next one's, so a fragment
            // may hold several, one or none.
            var own = QueryAnalyzer.Tokens(analyzer, WordField, corpus[doc].Title);
            var other = QueryAnalyzer.Tokens(analyzer, WordField, corpus[(doc + 1) % corpus.Count].Title);
            var words = own.Where((_, i) => i % 2 == 0).Concat(other.Take(3)).Distinct(StringComparer.Ordinal).ToList();
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlTextEncoder(), new QueryTermScorer(words.Select((w, i) => new WeightedTerm(1f + i % 3, w)).ToArray()))
            {
                TextFragmenter = new SimpleFragmenter(fragmentChars),
            };
            var vector = reader.GetTermVector(doc, WordField);
            string text = reader.Document(doc).Get(WordField);

            using var every = new TermVectorTokenStream(vector);
            using var needed = new TermVectorTokenStream(vector, Terms(words), fragmentChars);
            var expected = highlighter.GetBestTextFragments(every, text, mergeContiguousFragments: false, 100).Select(f => f.ToString()).ToList();
            var actual = highlighter.GetBestTextFragments(needed, text, mergeContiguousFragments: false, 100).Select(f => f.ToString()).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(highlighter.GetBestFragments(new TermVectorTokenStream(vector), text, 2), highlighter.GetBestFragments(new TermVectorTokenStream(vector, Terms(words), fragmentChars), text, 2));
            compared++;
            differentlyCut += expected.Count > 1 ? 1 : 0;
        }

        // The texts must be long enough for the fragmenter to cut, or the test proves little.
        Assert.Equal(corpus.Count, compared);
        Assert.True(differentlyCut > compared / 2, $"only {differentlyCut} of {compared} texts were cut into fragments");
    }

    [Fact]
    public void NeededTokens_AreFewerThanEveryToken()
    {
        using var analyzer = ListingAnalyzer.Create();
        using var directory = Index(analyzer, ["基于卷积神经网络识别锂电池极片划痕与漏涂，检出率达到百分之九十八，适用于动力电池产线的在线质量检测与追溯管理。"]);
        using var reader = DirectoryReader.Open(directory);
        var vector = reader.GetTermVector(0, WordField);

        int every = Count(new TermVectorTokenStream(vector));
        int needed = Count(new TermVectorTokenStream(vector, Terms(["电池"]), 80));

        // 电池 twice and the tokens on either side of no cut (the text is under 80 chars): two of many.
        Assert.True(every > 15, $"{every} tokens");
        Assert.Equal(2, needed);
    }

    /// <summary>The texts in the whole-text word field, stored, with the term vectors the index keeps.</summary>
    private static RAMDirectory Index(Lucene.Net.Analysis.Analyzer analyzer, IEnumerable<string> texts)
    {
        var directory = new RAMDirectory();
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ListingAnalyzer.Version, analyzer));
        foreach (string text in texts)
        {
            writer.AddDocument(new Document { new Field(WordField, text, type) });
        }

        return directory;
    }

    private static HashSet<Lucene.Net.Util.BytesRef> Terms(IEnumerable<string> words) => words.Select(w => new Lucene.Net.Util.BytesRef(w)).ToHashSet();

    private static int Count(TermVectorTokenStream stream)
    {
        using (stream)
        {
            stream.Reset();
            int n = 0;
            while (stream.IncrementToken())
            {
                n++;
            }

            return n;
        }
    }
}
