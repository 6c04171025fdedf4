using Lucene.Net.Search;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Rescores a recommendation's pool by the n-gram query (<see cref="SearchOptions.RecommendationNgramRescorePool"/>):
/// its BM25 score replaces the fast query's, as the full n-gram query's order is what measured better; a document
/// the n-gram query does not match drops to the end.
/// </summary>
internal sealed class NgramRescorer(Query query) : QueryRescorer(query)
{
    protected override float Combine(float firstPassScore, bool secondPassMatches, float secondPassScore) =>
        secondPassMatches ? secondPassScore : 0f;
}
