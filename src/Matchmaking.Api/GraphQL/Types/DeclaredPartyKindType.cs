using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class DeclaredPartyKindType : EnumerationGraphType<DeclaredPartyKind>
{
    public DeclaredPartyKindType()
    {
        Name = "DeclaredPartyKind";
        Description = "Who a declaration names on the supply side: an ACHIEVEMENT, an EXPERT (also as a team member) or an INSTITUTION (all its achievements and experts).";
    }
}
