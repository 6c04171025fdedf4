namespace Matchmaking.Api.GraphQL.Ai;

/// <summary>Who analysed a demand's text.</summary>
public enum DemandAnalysisSource
{
    Analysis,
    ChatModel,
}
