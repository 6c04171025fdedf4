using GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class DealPartyInputGraphType : InputObjectGraphType<PartySpec>
{
    public DealPartyInputGraphType()
    {
        Name = "DealPartyInput";
        Description = "A party to be paid on a deal.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role the party is paid under.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The party's name as the contract gives it.");
        Field<StringGraphType>("reference").Description("The payee's subject (user id) or listing id; statements are keyed by it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PartySpec((Core.Domain.PartyRole)value["role"]!, (string)value["name"]!, value.TryGetValue("reference", out var r) ? r as string : null);
}
