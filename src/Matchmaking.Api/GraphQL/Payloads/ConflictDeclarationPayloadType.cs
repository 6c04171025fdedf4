using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class ConflictDeclarationPayloadType() : PayloadType<ConflictDeclarationType>("ConflictDeclarationPayload", "declaration", "The result of a mutation on a ConflictDeclaration.");
