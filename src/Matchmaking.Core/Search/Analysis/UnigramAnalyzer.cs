using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Single CJK characters (锂电池 → 锂/电/池), nothing else: the words and bigram fields already hold the
/// rest. Paraphrases that share a morpheme (锂电池 / 锂离子电池, 缩痕 / 收缩凹陷) meet here and nowhere else.
/// </summary>
public sealed class UnigramAnalyzer(CharArraySet stopwords) : Analyzer
{
    private static readonly string[] Ideographic = [StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC]];

    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalization.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ListingAnalyzer.Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new TypeTokenFilter(ListingAnalyzer.Version, stream, new HashSet<string>(Ideographic), useWhiteList: true);
        stream = new StopFilter(ListingAnalyzer.Version, stream, stopwords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
