using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Step 1: runs the user's text through each field's analyzer. Text of only punctuation yields no terms.</summary>
public sealed class QueryAnalyzer(ListingIndex index, IOptions<SearchOptions> options)
{
    public AnalyzedQuery Analyze(SearchRequest request)
    {
        string text = request.Text.Length > options.Value.MaxQueryChars ? request.Text[..options.Value.MaxQueryChars] : request.Text;
        var terms = new Dictionary<string, IReadOnlyList<string>>();
        foreach (string field in FieldNames.TextFields)
        {
            terms[FieldNames.Words(field)] = Tokens(index.Analyzer, FieldNames.Words(field), text);
            terms[FieldNames.Bigrams(field)] = Tokens(index.Analyzer, FieldNames.Bigrams(field), text);
        }

        return new AnalyzedQuery(request, terms);
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
}
