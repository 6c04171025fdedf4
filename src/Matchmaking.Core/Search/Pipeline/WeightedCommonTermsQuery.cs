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

    protected override Query NewTermQuery(Term term, TermContext context)
    {
        var query = base.NewTermQuery(term, context);
        query.Boost = weights.GetValueOrDefault(term, 1f);
        return query;
    }
}
