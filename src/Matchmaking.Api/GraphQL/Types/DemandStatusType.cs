using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DemandStatusType : EnumerationGraphType<DemandStatus>
{
    public DemandStatusType()
    {
        Name = "DemandStatus";
        Description = "OPEN demands take answers; CLOSED ones no longer do.";
    }
}
