namespace Matchmaking.Api.Jobs;

/// <summary>Which model of the rerank step an admin asks to retrain.</summary>
public enum RetrainModel
{
    [System.ComponentModel.Description("The learned scorer, trained on broker decisions on matches.")] Ranker,
    [System.ComponentModel.Description("The project's own listing embedding model.")] Embeddings,
}
