using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class MatchEventKindGraphType : EnumerationGraphType<MatchEventKind>
{
    public MatchEventKindGraphType()
    {
        Name = "MatchEventKind";
        Description = "What a match history entry (撮合记录) records.";
        Describe(MatchEventKind.Proposed, "A broker proposed the match (提出撮合); it starts at SUGGESTED.");
        Describe(MatchEventKind.Advanced, "The match moved one stage forward (推进).");
        Describe(MatchEventKind.Rejected, "The match was rejected (拒绝), with a reason.");
        Describe(MatchEventKind.Feedback, "A party said whether the match was useful (反馈).");
    }

    private void Describe(MatchEventKind kind, string description) => Values.First(v => Equals(v.Value, kind)).Description = description;
}
