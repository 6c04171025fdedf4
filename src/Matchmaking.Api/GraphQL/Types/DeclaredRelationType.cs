using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DeclaredRelationType : EnumerationGraphType<DeclaredRelation>
{
    public DeclaredRelationType()
    {
        Name = "DeclaredRelation";
        Description = "What a declaration says: CONFLICT (利益冲突; DECLARED_CONFLICT on matches) or AFFILIATE (关联方; SAME_ORGANISATION on matches).";
    }
}
