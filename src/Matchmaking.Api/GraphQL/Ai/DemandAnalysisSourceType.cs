using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ai;

public sealed class DemandAnalysisSourceType : EnumerationGraphType<DemandAnalysisSource>
{
    public DemandAnalysisSourceType()
    {
        Name = "DemandAnalysisSource";
        Description = "Who analysed a demand's text.";
        foreach (var value in Values)
        {
            value.Description = value.Value is DemandAnalysisSource.ChatModel
                ? "The chat model configured in Ai:Chat."
                : "The project's own offline analysis (the index's analyzer and a cue table); nothing leaves the machine.";
        }
    }
}
