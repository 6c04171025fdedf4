using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class EnterprisePayloadType() : PayloadType<EnterpriseType>("EnterprisePayload", "enterprise", "The result of a mutation on a Enterprise.");
