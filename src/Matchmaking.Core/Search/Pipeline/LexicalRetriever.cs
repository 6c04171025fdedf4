using Lucene.Net.Index;
using Lucene.Net.Search;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Step 2: BM25 over weighted word and bigram fields, built term by term (no query parser).</summary>
public sealed class LexicalRetriever(ListingIndex index, IOptions<SearchOptions> options)
{
    private const int MaxCachedFilters = 256;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> filters = new(StringComparer.Ordinal);
    private Lucene.Net.Search.Similarities.BM25Similarity? bm25;

    public Retrieval Retrieve(AnalyzedQuery query, int poolSize)
    {
        if (query.IsEmpty)
        {
            return Retrieval.Empty;
        }

        var filter = FilterBuilder.Build(query.Request) is { } built ? Cached(built) : null;
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        bool ngrams = query.Request.Purpose == SearchPurpose.Recommendation && options.Value.RecommendationNgramQuery;
        if (ngrams)
        {
            // The peer's scoring over the same reader: BM25 on every field (query time only; the norms are shared).
            searcher = new IndexSearcher(searcher.IndexReader) { Similarity = RecommendationSimilarity() };
        }

        // "Common" needs enough documents to mean anything: in a handful, every shared word is in 20%.
        // The n-gram query ORs every term as the peer does, so the rule is off there.
        float common = !ngrams && searcher.IndexReader.NumDocs >= options.Value.CommonTermsMinDocuments ? options.Value.CommonTermsFrequency : 0;
        Query scoring = BuildQuery(query, query.Terms, common, ngrams);
        bool rescoring = query.RescoreTerms.Count > 0;
        int retrieved = rescoring ? Math.Max(poolSize, options.Value.RecommendationNgramRescorePool) : poolSize;
        int facetSample = query.Request.IncludeFacets ? options.Value.FacetSampleSize : 0;
        float prune = query.Words.Count >= options.Value.LongQueryPruneWords ? options.Value.LongQueryPrune : 1f;
        var found = Search(searcher, scoring, filter, facetSample, retrieved, prune);
        if (found.Docs.Length == 0 && common > 0)
        {
            // Common terms only count beside a rarer one; when no document has a rarer one (an unknown
            // word next to 电池), the plain disjunction still finds what shares the common words.
            scoring = BuildQuery(query, query.Terms, 0, ngrams);
            found = Search(searcher, scoring, filter, facetSample, retrieved, prune);
        }

        var docs = found.Docs;
        if (rescoring)
        {
            // Only the pool's documents are scored (each clause advances to them), so the long query costs little.
            var ngramSearcher = new IndexSearcher(searcher.IndexReader) { Similarity = RecommendationSimilarity() };
            Query rescore = BuildQuery(query, query.RescoreTerms, 0, ngrams: true);
            docs = NgramRescorer.Rescore(ngramSearcher, rescore, docs, poolSize);
        }

        var candidates = new List<Candidate>();
        foreach (var hit in docs)
        {
            var (id, facts) = FactsReader.Read(searcher, hit.Doc);
            candidates.Add(new Candidate(hit.Doc, id, facts, hit.Score));
        }

        return new Retrieval(found.Total, candidates, found.Facets ?? FacetCounts.Empty, scoring) { TotalCountIsExact = found.Exact };
    }

    private Lucene.Net.Search.Similarities.BM25Similarity RecommendationSimilarity()
    {
        var o = options.Value;
        if (bm25 is not { } cached || cached.K1 != o.RecommendationBm25K1 || cached.B != o.RecommendationBm25B)
        {
            bm25 = cached = new Lucene.Net.Search.Similarities.BM25Similarity(o.RecommendationBm25K1, o.RecommendationBm25B);
        }

        return cached;
    }

    private (ScoreDoc[] Docs, int Total, bool Exact, FacetCounts? Facets) Search(IndexSearcher searcher, Query scoring, Filter? filter, int facetSample, int poolSize, float prune)
    {
        var o = options.Value;
        if (o.PruneMinDocuments > 0 && searcher.IndexReader.MaxDoc >= o.PruneMinDocuments && MaxScoreSearch.TryCreate(searcher, scoring) is { } pruned)
        {
            // The pool without scoring every posting; the total and the facets from windows of the index holding
            // about CountSamplePostings of the query's postings (all of them when the query is cheap).
            var docs = pruned.Top(filter, Math.Max(1, poolSize), prune, o.PruneThreads, o.PruneThreadMinDocuments);
            double share = Math.Min(1, (double)o.CountSamplePostings / Math.Max(1, pruned.Cost));
            var sample = facetSample > 0 ? new FacetCollector(facetSample) : null;
            var (counted, covering) = pruned.Count(filter, share, sample, o.PruneThreads, o.PruneThreadMinDocuments);
            int total = covering >= 1 ? counted : (int)Math.Min(int.MaxValue, Math.Round(counted / covering));
            return (docs, Math.Max(total, docs.Length), covering >= 1, sample?.Result());
        }

        // An empty page (last: n before the first hit) still counts the total; Lucene takes no collector of 0.
        var top = TopScoreDocCollector.Create(Math.Max(1, poolSize), docsScoredInOrder: false);
        var count = new TotalHitCountCollector();
        var facets = facetSample > 0 ? new FacetCollector(facetSample) : null;
        Query lucene = filter is null ? scoring : new FilteredQuery(scoring, filter);
        searcher.Search(lucene, facets is null ? MultiCollector.Wrap(top, count) : MultiCollector.Wrap(top, count, facets));
        return (top.GetTopDocs().ScoreDocs, count.TotalHits, true, facets?.Result());
    }

    /// <summary>
    /// Filters repeat across searches (kind, industry, today's expiry), so their matching sets are cached
    /// per segment by Lucene's CachingWrapperFilter; a refreshed reader brings new segments, not stale sets.
    /// </summary>
    private Filter Cached(Query filter)
    {
        string key = filter.ToString();
        if (filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (filters.Count >= MaxCachedFilters)
        {
            filters.Clear();
        }

        return filters.GetOrAdd(key, _ => new BitsCachingFilter(new QueryWrapperFilter(filter)));
    }

    private Query BuildQuery(AnalyzedQuery query, IReadOnlyList<QueryTerm> terms, float commonFrequency, bool ngrams)
    {
        var o = options.Value;
        query = query with { Terms = terms };
        var text = new BooleanQuery(disableCoord: true);
        foreach (string field in FieldNames.TextFields)
        {
            float fieldBoost = field switch
            {
                FieldNames.Title => o.TitleBoost,
                FieldNames.Keywords => o.KeywordsBoost,
                _ => o.AllBoost,
            };
            if (fieldBoost <= 0)
            {
                continue;
            }

            AddTerms(text, query.In(FieldNames.Words(field)), fieldBoost, commonFrequency);

            // Title and keywords add weight on top of the whole text; their words carry that signal, and
            // leaving their bigrams out (TitleBigrams=false) cuts the clauses of a long query at a small cost.
            if (field == FieldNames.All || o.TitleBigrams)
            {
                AddTerms(text, query.In(FieldNames.Bigrams(field)), fieldBoost * o.BigramWeight, commonFrequency);
            }
        }

        AddTerms(text, query.In(FieldNames.Codes), o.CodesBoost, 0);
        float unigramBoost = ngrams && o.RecommendationUnigramBoost <= 0 ? 1f : o.RecommendationUnigramBoost;
        AddTerms(text, query.In(FieldNames.Unigrams(FieldNames.All)), unigramBoost, commonFrequency);
        if (o.ProximityBoost > 0)
        {
            AddProximity(text, query.WordSequence, o.ProximityBoost, o.ProximitySlop, o.MaxTermsPerField);
        }
        return text;
    }

    /// <summary>
    /// Rewards documents where consecutive query words also stand close together (锂/电池/缺陷 as a run),
    /// which separates a focused document from one that merely mentions the same words apart.
    /// </summary>
    private static void AddProximity(BooleanQuery into, IReadOnlyList<string> words, float boost, int slop, int max)
    {
        var clause = new BooleanQuery(disableCoord: true) { Boost = boost };
        for (int i = 0; i + 1 < words.Count && clause.Clauses.Count < max; i++)
        {
            var phrase = new PhraseQuery { Slop = slop };
            phrase.Add(new Term(FieldNames.Words(FieldNames.All), words[i]));
            phrase.Add(new Term(FieldNames.Words(FieldNames.All), words[i + 1]));
            clause.Add(phrase, Occur.SHOULD);
        }

        if (clause.Clauses.Count > 0)
        {
            into.Add(clause, Occur.SHOULD);
        }
    }

    private static void AddTerms(BooleanQuery into, IEnumerable<QueryTerm> terms, float boost, float commonFrequency)
    {
        // One clause per field keeps long texts (a whole demand used as a query) under Lucene's
        // 1,024-clause limit: the analyzer already caps distinct terms per field.
        if (commonFrequency > 0)
        {
            var common = new WeightedCommonTermsQuery(commonFrequency) { Boost = boost };
            foreach (var term in terms)
            {
                common.Add(new Term(term.Field, term.Text), term.Weight);
            }

            if (common.Count > 0)
            {
                into.Add(common, Occur.SHOULD);
            }

            return;
        }

        var clause = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var term in terms)
        {
            clause.Add(new TermQuery(new Term(term.Field, term.Text)) { Boost = term.Weight }, Occur.SHOULD);
        }

        if (clause.Clauses.Count > 0)
        {
            into.Add(clause, Occur.SHOULD);
        }
    }

    /// <summary>
    /// Caches a filter's documents per segment as a bit set, so MaxScore (and FilteredQuery) can test a document
    /// directly; Lucene's default cache keeps a compressed set that can only be iterated.
    /// </summary>
    private sealed class BitsCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new Lucene.Net.Util.FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
