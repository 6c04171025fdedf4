using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class AchievementPayloadType() : PayloadType<AchievementType>("AchievementPayload", "achievement", "The result of a mutation on a Achievement.");
