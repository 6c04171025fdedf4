using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class StatementGraphType : ObjectGraphType<Statement>
{
    public StatementGraphType()
    {
        Name = "Statement";
        Description = "A payee's month (对账单): opening balance, the entries, closing balance (opening + credits − debits).";
        Field<NonNullGraphType<StringGraphType>>("payee").Description("The payee key the statement is for.").Resolve(ctx => ctx.Source.Payee);
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month, yyyy-MM, UTC.").Resolve(ctx => ctx.Source.Period);
        Field<NonNullGraphType<MoneyGraphType>>("opening").Description("Balance at the start of the month.").Resolve(ctx => new Money(ctx.Source.Opening, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyGraphType>>("credits").Description("Sum of the month's credits.").Resolve(ctx => new Money(ctx.Source.Credits, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyGraphType>>("debits").Description("Sum of the month's reversals.").Resolve(ctx => new Money(ctx.Source.Debits, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyGraphType>>("closing").Description("Balance at the end of the month.").Resolve(ctx => new Money(ctx.Source.Closing, ctx.Source.Currency));
        Field<NonNullGraphType<ConnectionGraphType<StatementLineGraphType>>>("lines").Description("The month's entries, oldest first.").Paged()
            .Resolve(ctx => ConnectionPage.From(Connections.InMemory(ctx, ctx.Source.Lines)));
    }
}
