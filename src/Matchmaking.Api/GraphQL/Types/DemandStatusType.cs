using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DemandStatusType : EnumerationGraphType<DemandStatus>
{
    public DemandStatusType()
    {
        Name = "DemandStatus";
        Description = "OPEN demands take answers; CLOSED (by their enterprise) and EXPIRED (past their deadline) ones no longer do.";
    }
}
