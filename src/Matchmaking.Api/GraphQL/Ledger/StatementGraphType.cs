using GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class StatementGraphType : ObjectGraphType<Statement>
{
    public StatementGraphType()
    {
        Name = "Statement";
        Description = "A payee's month: opening balance, the entries, closing balance (opening + credits − debits).";
        Field<NonNullGraphType<StringGraphType>>("payee").Resolve(ctx => ctx.Source.Payee);
        Field<NonNullGraphType<StringGraphType>>("period").Description("yyyy-MM, UTC.").Resolve(ctx => ctx.Source.Period);
        Field<NonNullGraphType<MoneyAmountGraphType>>("opening").Resolve(ctx => new Money(ctx.Source.Opening, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyAmountGraphType>>("credits").Resolve(ctx => new Money(ctx.Source.Credits, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyAmountGraphType>>("debits").Resolve(ctx => new Money(ctx.Source.Debits, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyAmountGraphType>>("closing").Resolve(ctx => new Money(ctx.Source.Closing, ctx.Source.Currency));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementLineGraphType>>>>("lines").Resolve(ctx => ctx.Source.Lines);
    }
}
