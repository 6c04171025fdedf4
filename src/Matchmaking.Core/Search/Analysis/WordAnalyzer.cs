using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>SmartCn words: normalised, segmented, stopwords removed, English stemmed (batteries → batteri).</summary>
public sealed class WordAnalyzer(CharArraySet stopwords) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalization.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(ListingAnalyzer.Version, tokenizer);
        stream = new StopFilter(ListingAnalyzer.Version, stream, stopwords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
