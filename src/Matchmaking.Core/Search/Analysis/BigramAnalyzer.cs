using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>CJK character bigrams (锂电池 → 锂电/电池); non-CJK words pass through, lowercased and stemmed.</summary>
public sealed class BigramAnalyzer(CharArraySet stopwords) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalization.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ListingAnalyzer.Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(ListingAnalyzer.Version, stream);
        stream = new CJKBigramFilter(stream);
        stream = new StopFilter(ListingAnalyzer.Version, stream, stopwords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
