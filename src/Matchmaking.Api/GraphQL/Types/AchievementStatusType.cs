using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class AchievementStatusType : EnumerationGraphType<AchievementStatus>
{
    public AchievementStatusType()
    {
        Name = "AchievementStatus";
        Description = "PUBLISHED achievements are listed; WITHDRAWN ones are not offered any more.";
    }
}
