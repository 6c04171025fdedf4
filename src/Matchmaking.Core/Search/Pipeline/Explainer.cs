using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Step 4: turns ranked hits into results that say why: each signal's share (from the rerank step),
/// the query's codes and readable words the listing contains (<see cref="MatchedTerms"/>) and highlighted passages (from the analyze step's words, over
/// the term vectors stored at index time), and the constraint checks.
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
        var terms = snippets ? WeightedTerms(query, reader) : [];
        // The query's words as index terms, once per search: every hit's highlight uses them.
        var words = snippets ? query.Words.Select(w => new BytesRef(w)).ToHashSet() : [];
        var matched = snippets ? new MatchedTerms(query) : null;
        var highlighter = terms.Length == 0 ? null : new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlTextEncoder(), new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(options.Value.SnippetChars),
        };
        foreach (var hit in page)
        {
            int docId = hit.Candidate.DocId;
            var stored = lease.Searcher.Doc(docId, StoredText);
            var vector = snippets ? reader.GetTermVector(docId, WordField) : null;
            string text = stored.Get(FieldNames.All) ?? "";
            var explanation = new Explanation(
                Shares(hit.Signals),
                matched?.For(reader, docId, vector, text) ?? [],
                highlighter is not null && vector is not null ? Highlights(highlighter, vector, words, text) : [],
                hit.Constraints);
            hits.Add(new SearchHit(hit.Candidate.Id, hit.Candidate.Facts.Kind, stored.Get(FieldNames.Title) ?? "", hit.Score, explanation));
        }

        return new SearchResult(retrieval.TotalCount, hits, retrieval.Facets) { TotalCountIsExact = retrieval.TotalCountIsExact };
    }

    /// <summary>
    /// The analyze step's words, weighted by idf so a passage with a rare matched word wins: taken once
    /// per search, where a QueryScorer would walk the whole retrieve query again for every hit.
    /// </summary>
    private static WeightedTerm[] WeightedTerms(AnalyzedQuery query, IndexReader reader)
    {
        int[] frequencies = DocumentFrequencies.Of(reader, WordField, query.Words);
        return query.Words.Select((w, i) => new WeightedTerm((float)DocumentFrequencies.Idf(reader.NumDocs, frequencies[i]), w)).ToArray();
    }

    private static List<SignalShare> Shares(IReadOnlyDictionary<string, double> signals)
    {
        double total = signals.Values.Sum(Math.Abs);
        return signals.Select(s => new SignalShare(s.Key, Math.Round(s.Value, 6), total > 0 ? Math.Round(Math.Abs(s.Value) / total, 4) : 0)).ToList();
    }

    /// <summary>Passages from the term vector read once per hit for the matched terms too (positions and offsets are stored).</summary>
    private List<Highlight> Highlights(Highlighter highlighter, Terms vector, IReadOnlySet<BytesRef> words, string text)
    {
        if (text.Length == 0 || !vector.HasOffsets)
        {
            return [];
        }

        using (var tokens = new TermVectorTokenStream(vector, words, options.Value.SnippetChars))
        {
            // Adjacent matched words (锂|电池) read as one highlighted phrase.
            return highlighter.GetBestFragments(tokens, text, 2)
                .Where(f => f.Contains("<em>", StringComparison.Ordinal))
                .Select(f => new Highlight("text", f.Replace("</em><em>", "", StringComparison.Ordinal).Trim()))
                .ToList();
        }
    }
}
