using Matchmaking.Core.Search.Pipeline;
using F = Matchmaking.Core.Search.Rerank.RerankFeatures;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// The features about the candidate as a listing rather than as text: how it fits the query listing's
/// constraints (the explanation's checks, from doc values) and what brokers decided on its other matches.
/// </summary>
internal static class ListingFeatures
{
    private static readonly int Trl = F.IndexOf(F.TrlFit);
    private static readonly int Budget = F.IndexOf(F.BudgetFit);
    private static readonly int Region = F.IndexOf(F.RegionFit);
    private static readonly int Cooperation = F.IndexOf(F.CooperationFit);
    private static readonly int Deadline = F.IndexOf(F.DeadlineFit);

    /// <summary>Each constraint check of the explanation as a feature: +1 met, −1 missed, 0 when it does not apply.</summary>
    public static void AddConstraintFits(SearchRequest request, IReadOnlyList<Candidate> candidates, float[][] rows, int leadDays)
    {
        if (request.Preferences is not { } preferences)
        {
            return;
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            var row = rows[i];
            foreach (var check in ConstraintFit.Evaluate(preferences, candidates[i].Facts, request.Today, leadDays))
            {
                if (Column(check.Name) is { } column)
                {
                    row[column] = check.Met ? 1 : -1;
                }
            }
        }
    }

    private static int? Column(string check) => check switch
    {
        ConstraintFit.Trl => Trl,
        ConstraintFit.Budget => Budget,
        ConstraintFit.Region => Region,
        ConstraintFit.Cooperation => Cooperation,
        ConstraintFit.Deadline => Deadline,
        _ => null,
    };

    public static void AddFeedback(BrokerFeedback feedback, SearchRequest request, IReadOnlyList<Candidate> candidates, float[][] rows)
    {
        Guid? source = request.Preferences?.SourceId;
        for (int i = 0; i < candidates.Count; i++)
        {
            var counts = feedback.For(candidates[i].Id, source);
            var row = rows[i];
            row[F.IndexOf(F.FeedbackAdvanced)] = MathF.Log(1 + Math.Max(0, counts.Advanced));
            row[F.IndexOf(F.FeedbackContracted)] = MathF.Log(1 + Math.Max(0, counts.Contracted));
            row[F.IndexOf(F.FeedbackRejected)] = MathF.Log(1 + Math.Max(0, counts.Rejected));
            row[F.IndexOf(F.FeedbackNet)] = MathF.Sign(counts.Net) * MathF.Log(1 + Math.Abs(counts.Net));
        }
    }
}
