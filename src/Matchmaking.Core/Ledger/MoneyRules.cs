using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>Checks on money a caller submits: positive, whole 分, a supported currency.</summary>
internal static class MoneyRules
{
    public static readonly string[] Currencies = ["CNY"];

    public static void Check(Checks checks, string field, decimal amount, string currency)
    {
        if (amount < 0)
        {
            checks.Add(field, ErrorCodes.NegativeAmount, $"{field} must not be negative.");
        }
        else if (amount == 0)
        {
            checks.Add(field, ErrorCodes.AmountNotPositive, $"{field} must be greater than zero.");
        }
        else if (amount > ListingLimits.MaxMoney)
        {
            checks.Add(field, ErrorCodes.BudgetRangeInvalid, $"{field} exceeds {ListingLimits.MaxMoney}.");
        }
        else if (decimal.Round(amount, LargestRemainder.Scale) != amount)
        {
            checks.Add(field, ErrorCodes.AmountPrecision, $"{field} has fractions of a 分; at most two decimal places.");
        }

        if (!Currencies.Contains(currency))
        {
            checks.Add("currency", ErrorCodes.CurrencyUnsupported, $"currency {currency} is not supported; use {string.Join(", ", Currencies)}.");
        }
    }
}
