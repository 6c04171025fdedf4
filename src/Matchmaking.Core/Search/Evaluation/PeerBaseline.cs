using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Evaluation;

/// <summary>
/// The plain n-gram engine the served pipeline is judged against (eval --engine peer): what Xapian does
/// with CJK n-grams, in Lucene. One field holding every CJK character and character pair (other words
/// lowercased), the title indexed twice (Xapian's title wdf ×2), BM25 with Xapian's defaults (k1 1,
/// b 0.5), and the query every term of the text ORed, a repeated term weighted as Xapian's k3 = 1 does
/// (2·qtf / (1 + qtf)). No segmenter, stopwords, field weights, term cap or rescoring.
/// </summary>
public sealed class PeerBaseline : IDisposable
{
    private const string Text = "text";
    private const string Id = "id";

    // Lucene's default clause limit; a 2,000-character text has fewer distinct unigrams and pairs.
    private const int MaxClauses = 1024;

    private readonly Analyzer analyzer = new NgramAnalyzer();
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public PeerBaseline(IEnumerable<BeirDocument> corpus)
    {
        var similarity = new BM25Similarity(1.0f, 0.5f);
        var config = new IndexWriterConfig(ListingAnalyzer.Version, analyzer) { Similarity = similarity, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var doc in corpus)
            {
                writer.AddDocument(new Document
                {
                    new StringField(Id, doc.Id, Field.Store.YES),
                    new TextField(Text, $"{doc.Title}\n{doc.Title}\n{doc.Text}", Field.Store.NO),
                });
            }

            writer.ForceMerge(1);
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
    }

    public int Documents => reader.NumDocs;

    /// <summary>The corpus ids of the best <paramref name="depth"/> documents for <paramref name="text"/>.</summary>
    public List<string> Search(string text, int depth)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (term, count) in Terms(analyzer, text).CountBy(t => t, StringComparer.Ordinal).Take(MaxClauses))
        {
            query.Add(new TermQuery(new Term(Text, term)) { Boost = 2f * count / (1 + count) }, Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return searcher.Search(query, depth).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(Id)).ToList();
    }

    /// <summary>The terms the peer makes of a text, in order (for tests).</summary>
    public static List<string> Terms(string text) => Terms(new NgramAnalyzer(), text);

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    /// <summary>Standard tokens, CJK as characters and their pairs (CJKBigramFilter with unigrams), lowercased.</summary>
    private sealed class NgramAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(ListingAnalyzer.Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(ListingAnalyzer.Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
