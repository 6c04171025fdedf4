using Hangfire;
using Matchmaking.Core.Embeddings.Training;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Api.Jobs;

/// <summary>
/// Hangfire entry points for the models of the rerank step; the logic lives in Core. Each returns what it
/// did (trained, or skipped and why), which the dashboard shows as the job's result. Not retried: a
/// failed retrain leaves the old model live, and the next schedule or an admin tries again.
/// </summary>
public sealed class RerankJobs(RankerRetraining ranker, EmbeddingRetraining embeddings)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RetrainRankerAsync(CancellationToken ct) => (await ranker.RunAsync(ct)).Detail;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RetrainEmbeddingsAsync(CancellationToken ct) => (await embeddings.RunAsync(ct)).Detail;
}
