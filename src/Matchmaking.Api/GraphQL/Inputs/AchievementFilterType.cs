using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class AchievementFilterType : InputObjectGraphType
{
    public AchievementFilterType()
    {
        Name = "AchievementFilter";
        Description = "Filters for achievements; all given fields must match.";
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<StringGraphType>("titleContains");
        Field<CooperationModeType>("cooperationMode");
        Field<AchievementStatusType>("status");
        Field<IntGraphType>("minTrl").Description("Lowest TRL (技术成熟度), 1–9.");
        Field<IntGraphType>("maxTrl").Description("Highest TRL, 1–9.");
    }
}
