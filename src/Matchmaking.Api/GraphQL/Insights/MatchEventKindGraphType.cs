using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class MatchEventKindGraphType : EnumerationGraphType<MatchEventKind>
{
    public MatchEventKindGraphType()
    {
        Name = "MatchEventKind";
        Description = "What a match history entry (撮合记录) records.";
    }
}
