using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class ReindexPayloadType() : PayloadType<StringGraphType>("ReindexPayload", "jobId", "The Hangfire job that rebuilds the search index beside the live one.");
