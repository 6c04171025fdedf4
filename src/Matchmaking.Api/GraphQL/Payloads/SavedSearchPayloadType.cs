using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class SavedSearchPayloadType() : PayloadType<SavedSearchType>("SavedSearchPayload", "savedSearch", "The result of a mutation on a SavedSearch.");
