using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Turns a labelled dataset, already loaded into the index, into ranking groups with the very analyze
/// and retrieve steps that serve searches, so the scorer learns on the candidate pools it will see.
/// </summary>
public sealed class TrainingSetBuilder(QueryAnalyzer analyzer, LexicalRetriever retriever, FeatureExtractor extractor, IOptions<SearchOptions> options)
{
    /// <param name="purpose">Recommendation builds the pools as a recommendation's text is retrieved (its own query construction).</param>
    public List<RankingGroup> Build(BeirDataset dataset, IReadOnlyDictionary<Guid, string> idsByGuid, CancellationToken ct, SearchPurpose purpose = SearchPurpose.Search)
    {
        var groups = new List<RankingGroup>(dataset.Queries.Count);
        foreach (var query in dataset.Queries)
        {
            ct.ThrowIfCancellationRequested();
            var analyzed = analyzer.Analyze(new SearchRequest(query.Text, [ListingKind.Achievement]) { Purpose = purpose });
            if (analyzed.IsEmpty)
            {
                continue;
            }

            var candidates = retriever.Retrieve(analyzed, options.Value.CandidatePoolSize).Candidates;
            var judged = dataset.Qrels[query.Id];
            var labels = candidates.Select(c => idsByGuid.TryGetValue(c.Id, out string? id) && judged.TryGetValue(id, out int grade) ? (float)grade : 0f).ToList();

            // A pool without any relevant candidate teaches a pairwise ranker nothing.
            if (labels.All(l => l == 0))
            {
                continue;
            }

            groups.Add(new RankingGroup(query.Id, extractor.Extract(analyzed, candidates).Rows, labels));
        }

        return groups;
    }
}
