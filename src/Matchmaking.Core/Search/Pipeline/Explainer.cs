using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Step 4: turns ranked hits into results that say why: each signal's share (from the rerank step),
/// the query words the listing contains and highlighted passages (from the analyze step's words and the
/// retrieve step's query, over the term vectors stored at index time), and the constraint checks.
/// Nothing is rescored and no text is analysed again here.
/// </summary>
public sealed class Explainer(ListingIndex index, IOptions<SearchOptions> options)
{
    private static readonly ISet<string> StoredText = new HashSet<string> { FieldNames.Title, FieldNames.All };
    private static readonly string WordField = FieldNames.Words(FieldNames.All);

    public SearchResult Explain(AnalyzedQuery query, Retrieval retrieval, IEnumerable<RankedHit> ranked)
    {
        var page = ranked.ToList();
        var hits = new List<SearchHit>(page.Count);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        bool snippets = query.Request.IncludeSnippets && retrieval.Query is not null;
        var scorer = snippets ? new QueryScorer(retrieval.Query, WordField) : null;
        var highlighter = scorer is null ? null : new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, options.Value.SnippetChars),
        };
        foreach (var hit in page)
        {
            int docId = hit.Candidate.DocId;
            var stored = lease.Searcher.Doc(docId, StoredText);
            var explanation = new Explanation(
                Shares(hit.Signals),
                snippets ? MatchedTerms(query, reader, docId) : [],
                highlighter is not null ? Highlights(highlighter, reader, docId, stored.Get(FieldNames.All) ?? "") : [],
                hit.Constraints);
            hits.Add(new SearchHit(hit.Candidate.Id, hit.Candidate.Facts.Kind, stored.Get(FieldNames.Title) ?? "", hit.Score, explanation));
        }

        return new SearchResult(retrieval.TotalCount, hits, retrieval.Facets);
    }

    private static List<SignalShare> Shares(IReadOnlyDictionary<string, double> signals)
    {
        double total = signals.Values.Sum(Math.Abs);
        return signals.Select(s => new SignalShare(s.Key, Math.Round(s.Value, 6), total > 0 ? Math.Round(Math.Abs(s.Value) / total, 4) : 0)).ToList();
    }

    private static List<string> MatchedTerms(AnalyzedQuery query, IndexReader reader, int docId)
    {
        var vector = reader.GetTermVector(docId, WordField);
        if (vector is null)
        {
            return [];
        }

        var terms = vector.GetEnumerator();
        return query.Words.Where(w => terms.SeekExact(new BytesRef(w))).ToList();
    }

    private static List<Highlight> Highlights(Highlighter highlighter, IndexReader reader, int docId, string text)
    {
        if (text.Length == 0 || TokenSources.GetTokenStreamWithOffsets(reader, docId, WordField) is not { } tokens)
        {
            return [];
        }

        using (tokens)
        {
            // Adjacent matched words (锂|电池) read as one highlighted phrase.
            return highlighter.GetBestFragments(tokens, text, 2)
                .Where(f => f.Contains("<em>", StringComparison.Ordinal))
                .Select(f => new Highlight("text", f.Replace("</em><em>", "", StringComparison.Ordinal).Trim()))
                .ToList();
        }
    }
}
