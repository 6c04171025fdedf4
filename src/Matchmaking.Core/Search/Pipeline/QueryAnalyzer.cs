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
public sealed class QueryAnalyzer(ListingIndex index, SynonymList synonyms, EnglishGlossary glossary, IOptions<SearchOptions> options)
{
    public AnalyzedQuery Analyze(SearchRequest request)
    {
        var o = options.Value;
        string text = request.Text.Length > o.MaxQueryChars ? request.Text[..o.MaxQueryChars] : request.Text;
        var codes = Distinct(Tokens(index.Analyzer, FieldNames.Codes, text), o.MaxTermsPerField);
        if (PatentNumbers.IsLookup(text, codes))
        {
            // A patent number typed alone is a lookup: its code finds the listing, while its digits and
            // its ZL as words would find a thousand others.
            return new AnalyzedQuery(request, codes.Select(c => new QueryTerm(FieldNames.Codes, c, 1f)).ToList(), [], []);
        }

        // An English-only query also searches its terms' Chinese (the listings are Chinese), as if typed beside it.
        // CC-CEDICT's words weigh as synonyms do: a general dictionary is a looser guide than the curated terms.
        var (chinese, dictionary) = glossary.TranslateBySource(text, WordFrequency);
        if (chinese.Count > 0)
        {
            text = $"{text} {string.Join(' ', chinese)}";
        }

        var terms = new List<QueryTerm>();
        var sequence = Tokens(index.Analyzer, FieldNames.Words(FieldNames.Title), text);
        var wordTokens = Ranked(sequence, FieldNames.Words(FieldNames.All));
        var bigramTokens = Ranked(Tokens(index.Analyzer, FieldNames.Bigrams(FieldNames.Title), text), FieldNames.Bigrams(FieldNames.All));
        var words = Salient(wordTokens, o.LongQueryTerms, o.MaxTermsPerField);
        var bigrams = Salient(bigramTokens, o.LongQueryTerms, o.MaxTermsPerField);
        var boostWords = Salient(wordTokens, o.BoostFieldTerms, words.Count);
        var boostBigrams = Salient(bigramTokens, o.BoostFieldTerms, bigrams.Count);
        var expansions = synonyms.Expand(text).Concat(dictionary).Distinct(StringComparer.Ordinal).Take(o.MaxTermsPerField).ToList();
        var wordWeights = o.SegmentBalance > 0 ? Balance(text, FieldNames.Words(FieldNames.Title), o.SegmentBalance) : null;
        var bigramWeights = o.SegmentBalance > 0 ? Balance(text, FieldNames.Bigrams(FieldNames.Title), o.SegmentBalance) : null;
        bool recommendation = request.Purpose == SearchPurpose.Recommendation;
        bool ngrams = recommendation && o.RecommendationNgramQuery;
        int ngramCap = o.RecommendationNgramTerms;

        // The rescore query is the n-gram query with fewer terms, kept beside the fast one (README, the n-gram rescore).
        var rescore = recommendation && !ngrams && o.RecommendationNgramRescorePool > 0 ? new List<QueryTerm>() : null;
        int rescoreCap = o.RecommendationNgramRescoreTerms;
        var pairSequence = ngrams || rescore is not null ? Tokens(index.Analyzer, FieldNames.Bigrams(FieldNames.Title), text) : [];
        var characterSequence = ngrams || rescore is not null ? Tokens(index.Analyzer, FieldNames.Unigrams(FieldNames.All), text) : [];
        foreach (string field in FieldNames.TextFields)
        {
            bool whole = field == FieldNames.All;
            var fieldTerms = new List<QueryTerm>();
            fieldTerms.AddRange((whole ? words : boostWords).Select(w => new QueryTerm(FieldNames.Words(field), w, wordWeights?.GetValueOrDefault(w, 1f) ?? 1f)));
            fieldTerms.AddRange((whole ? bigrams : boostBigrams).Select(b => new QueryTerm(FieldNames.Bigrams(field), b, bigramWeights?.GetValueOrDefault(b, 1f) ?? 1f)));

            // The peer's construction: every distinct term of the text, a repeated one weighted as Xapian's k3 = 1.
            terms.AddRange(whole && ngrams ? Ngrams(sequence, pairSequence, field, ngramCap) : fieldTerms);
            rescore?.AddRange(whole ? Ngrams(sequence, pairSequence, field, rescoreCap) : fieldTerms);

            foreach (string synonym in expansions)
            {
                // A synonym is analysed like user text, so multi-word synonyms match as their parts.
                var expanded = Tokens(index.Analyzer, FieldNames.Words(field), synonym).Except(words).Select(w => new QueryTerm(FieldNames.Words(field), w, o.SynonymWeight))
                    .Concat(Tokens(index.Analyzer, FieldNames.Bigrams(field), synonym).Except(bigrams).Select(b => new QueryTerm(FieldNames.Bigrams(field), b, o.SynonymWeight)))
                    .ToList();
                terms.AddRange(expanded);
                rescore?.AddRange(expanded);
            }
        }

        var codeTerms = codes.Select(c => new QueryTerm(FieldNames.Codes, c, 1f)).ToList();
        terms.AddRange(codeTerms);
        rescore?.AddRange(codeTerms);
        rescore?.AddRange(Repeated(characterSequence, FieldNames.Unigrams(FieldNames.All), rescoreCap));
        if (ngrams)
        {
            terms.AddRange(Repeated(characterSequence, FieldNames.Unigrams(FieldNames.All), ngramCap));
        }
        else if (request.Purpose == SearchPurpose.Recommendation && o.RecommendationUnigramBoost > 0)
        {
            string field = FieldNames.Unigrams(FieldNames.All);
            var characters = Salient(Ranked(Tokens(index.Analyzer, field, text), field), o.LongQueryTerms, o.MaxTermsPerField);
            terms.AddRange(characters.Select(c => new QueryTerm(field, c, 1f)));
        }

        return new AnalyzedQuery(request, terms, words, sequence.Take(o.MaxTermsPerField).ToList()) { RescoreTerms = rescore ?? [] };
    }

    /// <summary>The n-gram construction's whole-text words and character pairs, at most <paramref name="cap"/> of each (0 = no cap).</summary>
    private List<QueryTerm> Ngrams(List<string> words, List<string> pairs, string field, int cap) =>
        [.. Repeated(words, FieldNames.Words(field), cap), .. Repeated(pairs, FieldNames.Bigrams(field), cap)];

    /// <summary>How many listings use a word (its rarest part when the segmenter splits it), for the glossary's dictionary senses.</summary>
    private int WordFrequency(string word)
    {
        string field = FieldNames.Words(FieldNames.All);
        var tokens = Tokens(index.Analyzer, field, word);
        if (tokens.Count == 0)
        {
            return 0;
        }

        using var lease = index.Acquire();
        return DocumentFrequencies.Of(lease.Searcher.IndexReader, field, tokens).Min();
    }

    /// <summary>
    /// Each keyword of a keyword list (text split by spaces, without sentence punctuation) carries a
    /// similar total weight: 锂离子电池隔膜 (six bigrams) no longer outweighs 碳化硅 (two) just by being
    /// longer. A term's weight is (mean terms per keyword / terms in its keyword)^power; sentences and
    /// one-keyword queries keep weight 1.
    /// </summary>
    private Dictionary<string, float>? Balance(string text, string field, float power)
    {
        if (IsSentence(text))
        {
            return null;
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            // One segment (most titles): nothing to balance, and no need to segment the text again.
            return null;
        }

        var segments = parts.Select(s => Tokens(index.Analyzer, field, s)).Where(t => t.Count > 0).ToList();
        if (segments.Count < 2)
        {
            return null;
        }

        double mean = segments.Average(s => s.Count);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var tokens in segments)
        {
            float weight = (float)Math.Pow(mean / tokens.Count, power);
            foreach (string token in tokens)
            {
                weights[token] = Math.Max(weight, weights.GetValueOrDefault(token));
            }
        }

        return weights;
    }

    /// <summary>Punctuation other than the joiners of model numbers and decimals (SiC-MOSFET, 0.02mm, a/b) marks a sentence.</summary>
    private static bool IsSentence(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool joiner = c is '-' or '_' or '/' or '.' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsPunctuation(c) && !joiner)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The distinct tokens in text order, each with its tf × idf weight as MoreLikeThis picks terms (idf + 1,
    /// so a repeated common word still counts). Weights are looked up only when a text has more distinct
    /// tokens than the smallest cut applied to it; otherwise there are none and nothing is cut.
    /// </summary>
    private RankedTokens Ranked(List<string> tokens, string field)
    {
        var o = options.Value;
        var distinct = Distinct(tokens, int.MaxValue);
        int smallest = new[] { o.LongQueryTerms, o.BoostFieldTerms }.Where(k => k > 0).DefaultIfEmpty(int.MaxValue).Min();
        if (distinct.Count <= smallest)
        {
            return new RankedTokens(distinct, null);
        }

        var tf = tokens.CountBy(t => t, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        int[] frequencies = DocumentFrequencies.Of(reader, field, distinct);
        var weights = distinct.Select((t, i) => tf[t] * DocumentFrequencies.Idf(reader.NumDocs, frequencies[i])).ToArray();
        return new RankedTokens(distinct, weights);
    }

    /// <summary>
    /// When a long text (a whole demand) has more than <paramref name="keep"/> distinct tokens, only the
    /// most telling stay, in text order: a few hundred common words add clauses and time, not meaning.
    /// </summary>
    private static List<string> Salient(RankedTokens ranked, int keep, int max)
    {
        var distinct = ranked.Tokens;
        if (keep <= 0 || distinct.Count <= keep || ranked.Weights is null)
        {
            return distinct.Take(max).ToList();
        }

        var weights = ranked.Weights;
        return distinct
            .Select((t, i) => (Token: t, Order: i, Weight: weights[i]))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Order).Take(Math.Min(keep, max))
            .OrderBy(t => t.Order).Select(t => t.Token).ToList();
    }

    private sealed record RankedTokens(List<string> Tokens, double[]? Weights);

    /// <summary>
    /// The n-gram query's terms of one field: the distinct tokens in text order, each weighted 2·tf / (1 + tf)
    /// (1 once, 4/3 twice, towards 2). Past <paramref name="cap"/> (<see cref="SearchOptions.RecommendationNgramTerms"/>
    /// or <see cref="SearchOptions.RecommendationNgramRescoreTerms"/>) only that many
    /// stay, the most telling by tf × idf: the dropped ones are the common characters and pairs, whose long
    /// postings are most of what the query costs and whose idf gives them little say in the order.
    /// </summary>
    private IEnumerable<QueryTerm> Repeated(List<string> tokens, string field, int cap)
    {
        var o = options.Value;
        var counts = tokens.CountBy(t => t, StringComparer.Ordinal).ToList();
        int keep = cap > 0 ? Math.Min(cap, o.MaxTermsPerField) : o.MaxTermsPerField;
        IEnumerable<KeyValuePair<string, int>> kept = counts.Take(keep);
        if (counts.Count > keep && cap > 0)
        {
            using var lease = index.Acquire();
            var reader = lease.Searcher.IndexReader;
            int[] frequencies = DocumentFrequencies.Of(reader, field, counts.Select(p => p.Key).ToList());
            kept = counts
                .Select((p, i) => (Pair: p, Order: i, Weight: p.Value * DocumentFrequencies.Idf(reader.NumDocs, frequencies[i])))
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Order).Take(keep)
                .OrderBy(t => t.Order).Select(t => t.Pair);
        }

        return kept.Select(p => new QueryTerm(field, p.Key, 2f * p.Value / (1 + p.Value))).ToList();
    }

    private static List<string> Distinct(List<string> tokens, int max) => tokens.Distinct(StringComparer.Ordinal).Take(max).ToList();
}
