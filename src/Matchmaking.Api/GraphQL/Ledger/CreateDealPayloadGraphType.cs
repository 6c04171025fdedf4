using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class CreateDealPayloadGraphType : ObjectGraphType<LedgerPayload<DealView>>
{
    public CreateDealPayloadGraphType()
    {
        Name = "CreateDealPayload";
        Field<DealGraphType>("deal").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerUserErrorGraphType>>>>("userErrors").Resolve(ctx => ctx.Source.UserErrors);
    }
}
