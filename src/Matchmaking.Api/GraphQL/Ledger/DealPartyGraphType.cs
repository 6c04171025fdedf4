using GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class DealPartyGraphType : ObjectGraphType<DealParty>
{
    public DealPartyGraphType()
    {
        Name = "DealParty";
        Description = "Someone paid on a deal, under one role.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role the party is paid under.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The party's name as the contract gives it.").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("reference").Description("The party's subject or listing id.").Resolve(ctx => ctx.Source.Reference);
        Field<NonNullGraphType<StringGraphType>>("payee").Description("The key of this party's statements.").Resolve(ctx => LedgerAccounts.PayeeOf(ctx.Source));
    }
}
