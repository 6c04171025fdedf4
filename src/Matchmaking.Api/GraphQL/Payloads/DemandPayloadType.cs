using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class DemandPayloadType() : PayloadType<DemandType>("DemandPayload", "demand", "The result of a mutation on a Demand.");
