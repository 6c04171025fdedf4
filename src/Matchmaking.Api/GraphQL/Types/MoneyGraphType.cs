using System.Globalization;
using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>The one money type: listings' budgets and prices, deals, payments and the ledger.</summary>
public sealed class MoneyGraphType : ObjectGraphType<Money>
{
    public MoneyGraphType()
    {
        Name = "Money";
        Description = "An amount of money (金额). The amount is a decimal string with two places (e.g. \"333333.33\") so that no client rounds it through floating point.";
        Field<NonNullGraphType<StringGraphType>>("amount").Description("Decimal string with two places, e.g. \"100000.00\".").Resolve(ctx => Format(ctx.Source.Amount));
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 currency code, e.g. CNY.").Resolve(ctx => ctx.Source.Currency);
    }

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Money in an input: the amount as a decimal string, the currency defaulting to CNY.</summary>
public sealed class MoneyInputGraphType : InputObjectGraphType
{
    public MoneyInputGraphType()
    {
        Name = "MoneyInput";
        Description = "An amount of money in an input (金额): a decimal string with at most two places (e.g. \"100000\" or \"100000.50\") and a currency.";
        Field<NonNullGraphType<StringGraphType>>("amount").Description("Decimal string with at most two places; not negative.");
        Field<StringGraphType>("currency").Description("ISO 4217 currency code; CNY when omitted, and the only one listings take today.");
    }
}
