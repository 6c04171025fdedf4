namespace Matchmaking.Core.Search.Pipeline;

/// <summary>The four steps of <see cref="SearchPipeline"/>, as recorded in the step-duration histogram.</summary>
public enum SearchStep
{
    Analyze,
    Retrieve,
    Rerank,
    Explain,
}
