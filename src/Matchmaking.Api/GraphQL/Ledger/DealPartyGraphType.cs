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
        Field<StringGraphType>("reference").Description("The party's payee key as given: a subject, institution:{id}, or older free text.").Resolve(ctx => ctx.Source.Reference);
        Field<StringGraphType>("subject").Description("The user (JWT subject) this party is; null for an institution or a free-text party.").Resolve(ctx => ctx.Source.Subject);
        Field<IntGraphType>("subShareBasisPoints").Description("Its part of its role's share in basis points when the role has several payees (e.g. 5000 of the INVENTORS share); null when it is the role's only payee.").Resolve(ctx => ctx.Source.SubShareBasisPoints);
        Field<NonNullGraphType<StringGraphType>>("payee").Description("The key of this party's statements.").Resolve(ctx => LedgerAccounts.PayeeOf(ctx.Source));
    }
}
