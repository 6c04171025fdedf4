using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PolicyShareGraphType : ObjectGraphType<PolicyShare>
{
    public PolicyShareGraphType()
    {
        Name = "PolicyShare";
        Description = "One role's part of each payment.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role paid.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<IntGraphType>>("basisPoints").Description("Share of each payment in 1/10,000.").Resolve(ctx => ctx.Source.BasisPoints);
        Field<NonNullGraphType<BooleanGraphType>>("isCost").Description("A declared cost, subtracted to give the net income.").Resolve(ctx => ctx.Source.IsCost);
    }
}
