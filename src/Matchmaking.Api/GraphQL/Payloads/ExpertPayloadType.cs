using Matchmaking.Api.GraphQL.Duplicates;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class ExpertPayloadType : PayloadType<ExpertType>
{
    public ExpertPayloadType()
        : base("ExpertPayload", "expert", "The result of a mutation on a Expert.") => DuplicateFields.AddWarnings(this);
}
