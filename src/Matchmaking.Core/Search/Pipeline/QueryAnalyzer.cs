using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Step 1: runs the user's text through each field's analyzer and adds synonyms. The text is never
/// parsed as query syntax; text of only punctuation or operators yields no terms.
/// </summary>
public sealed class QueryAnalyzer(ListingIndex index, SynonymList synonyms, IOptions<SearchOptions> options)
{
    public AnalyzedQuery Analyze(SearchRequest request)
    {
        var o = options.Value;
        string text = request.Text.Length > o.MaxQueryChars ? request.Text[..o.MaxQueryChars] : request.Text;
        var terms = new List<QueryTerm>();
        var sequence = Tokens(index.Analyzer, FieldNames.Words(FieldNames.Title), text);
        var words = Distinct(sequence, o.MaxTermsPerField);
        var bigrams = Distinct(Tokens(index.Analyzer, FieldNames.Bigrams(FieldNames.Title), text), o.MaxTermsPerField);
        var codes = Distinct(Tokens(index.Analyzer, FieldNames.Codes, text), o.MaxTermsPerField);
        var expansions = synonyms.Expand(text).Take(o.MaxTermsPerField).ToList();
        foreach (string field in FieldNames.TextFields)
        {
            terms.AddRange(words.Select(w => new QueryTerm(FieldNames.Words(field), w, 1f)));
            terms.AddRange(bigrams.Select(b => new QueryTerm(FieldNames.Bigrams(field), b, 1f)));
            foreach (string synonym in expansions)
            {
                // A synonym is analysed like user text, so multi-word synonyms match as their parts.
                terms.AddRange(Tokens(index.Analyzer, FieldNames.Words(field), synonym).Except(words).Select(w => new QueryTerm(FieldNames.Words(field), w, o.SynonymWeight)));
                terms.AddRange(Tokens(index.Analyzer, FieldNames.Bigrams(field), synonym).Except(bigrams).Select(b => new QueryTerm(FieldNames.Bigrams(field), b, o.SynonymWeight)));
            }
        }

        terms.AddRange(codes.Select(c => new QueryTerm(FieldNames.Codes, c, 1f)));
        return new AnalyzedQuery(request, terms, words, sequence.Take(o.MaxTermsPerField).ToList());
    }

    internal static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            string token = term.ToString();
            if (token.Any(char.IsLetterOrDigit))
            {
                tokens.Add(token);
            }
        }

        stream.End();
        return tokens;
    }

    private static List<string> Distinct(List<string> tokens, int max) => tokens.Distinct(StringComparer.Ordinal).Take(max).ToList();
}
