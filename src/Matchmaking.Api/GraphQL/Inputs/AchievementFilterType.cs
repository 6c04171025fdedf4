using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class AchievementFilterType : InputObjectGraphType
{
    public AchievementFilterType()
    {
        Name = "AchievementFilter";
        Description = "Filters for achievements; all given fields must match.";
        Field<IndustryType>("industry").Description("Only this industry.");
        Field<StringGraphType>("region").Description("Exact region, e.g. 合肥市.");
        Field<StringGraphType>("titleContains").Description("Substring of the title. For ranked full-text search use search(text:).");
        Field<CooperationModeType>("cooperationMode").Description("Achievements offered this way.");
        Field<AchievementStatusType>("status").Description("Only this status.");
        Field<IntGraphType>("minTrl").Description("Lowest TRL (技术成熟度), 1–9.");
        Field<IntGraphType>("maxTrl").Description("Highest TRL, 1–9.");
    }
}
