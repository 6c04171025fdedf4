using Matchmaking.Api.GraphQL.Duplicates;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class AchievementPayloadType : PayloadType<AchievementType>
{
    public AchievementPayloadType()
        : base("AchievementPayload", "achievement", "The result of a mutation on a Achievement.") => DuplicateFields.AddWarnings(this);
}
