using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Step 4: turns ranked hits into results that say why: each signal's share (from the rerank step),
/// the query words the listing contains and highlighted passages (from the analyze and retrieve steps'
/// query), and the constraint checks. Nothing is rescored here.
/// </summary>
public sealed class Explainer(ListingIndex index, IOptions<SearchOptions> options)
{
    private static readonly ISet<string> StoredText = new HashSet<string> { FieldNames.Title, FieldNames.Body };

    public SearchResult Explain(AnalyzedQuery query, Retrieval retrieval, IEnumerable<RankedHit> ranked)
    {
        var page = ranked.ToList();
        var hits = new List<SearchHit>(page.Count);
        using var lease = index.Acquire();
        var scorer = retrieval.Query is null ? null : new QueryScorer(retrieval.Query, FieldNames.Words(FieldNames.All));
        var highlighter = scorer is null ? null : new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, options.Value.SnippetChars),
        };
        foreach (var hit in page)
        {
            var stored = lease.Searcher.Doc(hit.Candidate.DocId, StoredText);
            string title = stored.Get(FieldNames.Title) ?? "";
            string body = stored.Get(FieldNames.Body) ?? "";
            var explanation = new Explanation(
                Shares(hit.Signals),
                query.Request.IncludeSnippets ? MatchedTerms(query, title, body) : [],
                query.Request.IncludeSnippets && highlighter is not null ? Highlights(highlighter, title, body) : [],
                hit.Constraints);
            hits.Add(new SearchHit(hit.Candidate.Id, hit.Candidate.Facts.Kind, title, hit.Score, explanation));
        }

        return new SearchResult(retrieval.TotalCount, hits, retrieval.Facets);
    }

    private static List<SignalShare> Shares(IReadOnlyDictionary<string, double> signals)
    {
        double total = signals.Values.Sum(Math.Abs);
        return signals.Select(s => new SignalShare(s.Key, Math.Round(s.Value, 6), total > 0 ? Math.Round(Math.Abs(s.Value) / total, 4) : 0)).ToList();
    }

    private List<string> MatchedTerms(AnalyzedQuery query, string title, string body)
    {
        var words = QueryAnalyzer.Tokens(index.Analyzer, FieldNames.Words(FieldNames.All), title + "\n" + body).ToHashSet(StringComparer.Ordinal);
        return query.Words.Where(words.Contains).ToList();
    }

    private List<Highlight> Highlights(Highlighter highlighter, string title, string body)
    {
        var highlights = new List<Highlight>();
        // Words, not bigrams: overlapping bigrams chain a whole CJK run into one highlighted group.
        string field = FieldNames.Words(FieldNames.All);
        foreach (var (name, text) in new[] { (FieldNames.Title, title), (FieldNames.Body, body) })
        {
            if (text.Length == 0)
            {
                continue;
            }

            using var tokens = index.Analyzer.GetTokenStream(field, text);
            foreach (string fragment in highlighter.GetBestFragments(tokens, text, name == FieldNames.Title ? 1 : 2))
            {
                if (fragment.Contains("<em>", StringComparison.Ordinal))
                {
                    // Adjacent matched words (锂|电池) read as one highlighted phrase.
                    highlights.Add(new Highlight(name, fragment.Replace("</em><em>", "", StringComparison.Ordinal)));
                }
            }
        }

        return highlights;
    }
}
