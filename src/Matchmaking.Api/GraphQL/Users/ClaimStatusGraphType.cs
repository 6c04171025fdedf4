using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Users;

public sealed class ClaimStatusGraphType : EnumerationGraphType<ClaimStatus>
{
    public ClaimStatusGraphType()
    {
        Name = "ClaimStatus";
        Description = "Where a profile claim (认领申请) stands: PENDING (待审核), APPROVED (已批准), REJECTED (已驳回).";
    }
}
