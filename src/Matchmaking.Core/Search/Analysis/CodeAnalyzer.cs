using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pattern;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Model numbers and measures as whole tokens (sic-mosfet, 0.02mm, 5g, iso9001, 99.5), which the word and
/// bigram analyzers split apart, and patent and software-copyright numbers as one code (<see cref="PatentNumbers"/>,
/// <see cref="SoftwareCopyrightNumbers"/>). Matching one
/// exactly is strong evidence, so this field gets its own weight.
/// </summary>
public sealed partial class CodeAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => TextNormalization.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new PatternTokenizer(reader, CodePattern(), group: 0);
        return new TokenStreamComponents(tokenizer, new PatentNumberFilter(tokenizer));
    }

    // Letters and digits joined by - _ . / (sic-mosfet, 0.02mm, rs-485, 99.5), or letters and digits
    // mixed in one run (5g, iso9001, lifepo4), or a bare 12-digit run (a patent application number,
    // 202310123456), or a software-copyright certificate number (软著登字第1234567号). Text is already
    // NFKC-case-folded, so only lowercase here.
    [GeneratedRegex(@"软[著着]登字第[0-9]{5,8}号?|[a-z0-9]+(?:[-_./][a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*|[0-9]+[a-z][a-z0-9]*|(?<![0-9])[0-9]{12}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
