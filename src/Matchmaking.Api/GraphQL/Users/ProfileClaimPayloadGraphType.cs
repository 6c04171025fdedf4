using Matchmaking.Api.GraphQL.Payloads;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class ProfileClaimPayloadGraphType() : PayloadType<ProfileClaimGraphType>("ProfileClaimPayload", "claim", "The claim as the mutation left it, or the problems that stopped it.");
