namespace Matchmaking.Api.Jobs;

/// <summary>Which model of the rerank step an admin asks to retrain.</summary>
public enum RetrainModel { Ranker, Embeddings }
