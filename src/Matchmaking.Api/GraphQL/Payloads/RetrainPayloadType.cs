using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class RetrainPayloadType() : PayloadType<StringGraphType>("RetrainPayload", "jobId", "The Hangfire job that retrains the model beside the live one and switches it in.");
