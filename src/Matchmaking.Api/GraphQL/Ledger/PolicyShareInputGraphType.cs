using GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PolicyShareInputGraphType : InputObjectGraphType<ShareSpec>
{
    public PolicyShareInputGraphType()
    {
        Name = "PolicyShareInput";
        Description = "One role's part of each payment.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role paid.");
        Field<NonNullGraphType<IntGraphType>>("basisPoints").Description("Share of each payment in 1/10,000.");
        Field<BooleanGraphType>("isCost").Description("A declared cost (fees, tax); defaults to true for BROKER, PLATFORM, SERVICE_PROVIDER and TAX.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var role = (Core.Domain.PartyRole)value["role"]!;
        bool isCost = value.TryGetValue("isCost", out var c) && c is bool given
            ? given
            : role is Core.Domain.PartyRole.Broker or Core.Domain.PartyRole.Platform or Core.Domain.PartyRole.ServiceProvider or Core.Domain.PartyRole.Tax;
        return new ShareSpec(role, (int)value["basisPoints"]!, isCost);
    }
}
