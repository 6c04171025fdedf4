using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class ReindexPayloadType() : PayloadType<StringGraphType>("ReindexPayload", "commandId", "The broadcast command that every node runs: its id is each node's `lastCommand` in the `cluster` query once that node has rebuilt.");
