using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Lucene's <see cref="CommonTermsQuery"/> with a weight per term (synonyms and keyword-list balance):
/// terms in more than the given share of documents (研究, 技术, 系统) only add to the score of documents
/// that match a rarer term, so their long postings no longer decide which documents are visited.
/// </summary>
internal sealed class WeightedCommonTermsQuery(float maxTermFrequency) : CommonTermsQuery(Occur.SHOULD, Occur.SHOULD, maxTermFrequency, disableCoord: true)
{
    private readonly Dictionary<Term, float> weights = [];

    public int Count => weights.Count;

    public void Add(Term term, float weight)
    {
        if (weights.TryAdd(term, weight))
        {
            Add(term);
        }
    }

    /// <summary>
    /// Looks every term up through one terms enumerator per segment: the base class asks the field for a
    /// new enumerator per term, and Lucene's block-tree dictionary allocates a fresh one (frames, arcs,
    /// buffers) each time; a title query's ~75 lookups made about half a megabyte per search.
    /// All terms of this query are in one field (one instance per field).
    /// </summary>
    public override void CollectTermContext(IndexReader reader, IList<AtomicReaderContext> leaves, TermContext[] contextArray, Term[] queryTerms)
    {
        var fieldsByName = queryTerms.Select(t => t.Field).Distinct(StringComparer.Ordinal).ToList();
        foreach (var context in leaves)
        {
            var fields = context.AtomicReader.Fields;
            if (fields is null)
            {
                continue;
            }

            foreach (string field in fieldsByName)
            {
                var terms = fields.GetTerms(field);
                if (terms is null)
                {
                    continue;
                }

                var termsEnum = terms.GetEnumerator();
                for (int i = 0; i < queryTerms.Length; i++)
                {
                    var term = queryTerms[i];
                    if (term.Field != field || !termsEnum.SeekExact(term.Bytes))
                    {
                        continue;
                    }

                    if (contextArray[i] is { } existing)
                    {
                        existing.Register(termsEnum.GetTermState(), context.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                    }
                    else
                    {
                        contextArray[i] = new TermContext(reader.Context, termsEnum.GetTermState(), context.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                    }
                }
            }
        }
    }

    protected override Query NewTermQuery(Term term, TermContext context)
    {
        var query = base.NewTermQuery(term, context);
        query.Boost = weights.GetValueOrDefault(term, 1f);
        return query;
    }
}
