using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class MatchStageType : EnumerationGraphType<MatchStage>
{
    public MatchStageType()
    {
        Name = "MatchStage";
        Description = "Broker workflow stage (撮合阶段): SUGGESTED → SHORTLISTED → INTRODUCED → NEGOTIATING → CONTRACTED → CLOSED, or REJECTED. Contacts open to the other party from INTRODUCED on.";
    }
}
