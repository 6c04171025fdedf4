using Matchmaking.Api.GraphQL.Duplicates;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class DemandPayloadType : PayloadType<DemandType>
{
    public DemandPayloadType()
        : base("DemandPayload", "demand", "The result of a mutation on a Demand.") => DuplicateFields.AddWarnings(this);
}
