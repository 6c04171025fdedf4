using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class ExpertPayloadType() : PayloadType<ExpertType>("ExpertPayload", "expert", "The result of a mutation on a Expert.");
