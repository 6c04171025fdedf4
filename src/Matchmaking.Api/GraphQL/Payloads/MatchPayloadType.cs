using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class MatchPayloadType() : PayloadType<Types.MatchType>("MatchPayload", "match", "The result of a mutation on a Match.");
