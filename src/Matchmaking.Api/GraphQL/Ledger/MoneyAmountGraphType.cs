using System.Globalization;
using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class MoneyAmountGraphType : ObjectGraphType<Money>
{
    public MoneyAmountGraphType()
    {
        Name = "MoneyAmount";
        Description = "An amount of money. The amount is a decimal string with two places (e.g. \"333333.33\") so no client rounds it through floating point.";
        Field<NonNullGraphType<StringGraphType>>("amount").Resolve(ctx => Format(ctx.Source.Amount));
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217, e.g. CNY.").Resolve(ctx => ctx.Source.Currency);
    }

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
