namespace Matchmaking.Core.Ledger;

/// <summary>
/// Splits an amount of money into parts proportional to weights, in whole cents (分), so that the parts
/// sum exactly to the amount (the largest-remainder, or Hamilton, method).
/// </summary>
public static class LargestRemainder
{
    /// <summary>Money has two decimal places (CNY 分).</summary>
    public const int Scale = 2;

    private const decimal Unit = 100m;

    /// <summary>
    /// Each part is the floor of its exact share plus at most one cent; leftover cents go to the largest
    /// remainders, ties to the earlier weight — callers order the weights by priority (inventors first).
    /// </summary>
    /// <param name="amount">Non-negative, at most two decimal places.</param>
    /// <param name="weights">Non-negative, not all zero.</param>
    public static decimal[] Split(decimal amount, IReadOnlyList<decimal> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (decimal.Round(amount, Scale) != amount)
        {
            throw new ArgumentException($"{amount} has more than {Scale} decimal places.", nameof(amount));
        }

        decimal total = weights.Sum();
        if (total <= 0 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights must be non-negative and not all zero.", nameof(weights));
        }

        decimal cents = amount * Unit;
        var parts = new decimal[weights.Count];
        var remainders = new decimal[weights.Count];
        decimal allocated = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            // Multiply first: cents × weight stays exact in decimal for every realistic amount and weight.
            decimal exact = cents * weights[i] / total;
            parts[i] = decimal.Floor(exact);
            remainders[i] = exact - parts[i];
            allocated += parts[i];
        }

        int leftover = (int)(cents - allocated);
        foreach (int i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftover))
        {
            parts[i] += 1;
        }

        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] /= Unit;
        }

        return parts;
    }
}
