using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>Builds the balanced entries of one payment or reversal; pure, so the same input always posts the same ledger.</summary>
internal static class Postings
{
    /// <summary>Debit cash with the payment, credit each paid role its largest-remainder part.</summary>
    public static List<LedgerEntry> ForPayment(Payment payment, RevenueSharePolicy policy, IReadOnlyList<DealParty> parties, DateTimeOffset now)
    {
        var shares = policy.Shares.Where(s => s.BasisPoints > 0).OrderBy(s => PolicyRules.Priority(s.Role)).ToList();
        decimal[] parts = LargestRemainder.Split(payment.Amount, shares.Select(s => (decimal)s.BasisPoints).ToList());
        var entries = new List<LedgerEntry> { Entry(payment, LedgerAccounts.Cash(payment.DealId), null, null, EntrySide.Debit, payment.Amount, now) };
        for (int i = 0; i < shares.Count; i++)
        {
            if (parts[i] == 0)
            {
                continue;
            }

            // The role's part first, then its payees' sub-shares of it: the role's total (and with it the
            // statutory floor on the team's total) is what it would be with one payee, and each payee's cents
            // are a largest-remainder split of that total, so the parts still sum to the payment.
            var payees = parties.Where(p => p.Role == shares[i].Role).OrderByDescending(p => p.SubShareBasisPoints ?? 0).ThenBy(p => LedgerAccounts.PayeeOf(p), StringComparer.Ordinal).ToList();
            if (payees.Count == 0)
            {
                throw new InvalidOperationException($"deal {payment.DealId} has no {shares[i].Role} party; deals are validated on creation.");
            }

            decimal[] subParts = payees.Count == 1 ? [parts[i]] : LargestRemainder.Split(parts[i], payees.Select(p => (decimal)(p.SubShareBasisPoints ?? 0)).ToList());
            for (int j = 0; j < payees.Count; j++)
            {
                if (subParts[j] != 0)
                {
                    string payee = LedgerAccounts.PayeeOf(payees[j]);
                    entries.Add(Entry(payment, LedgerAccounts.Payee(payee, payees[j].Role), payee, payees[j].Role, EntrySide.Credit, subParts[j], now));
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// Reverse a refund pro rata to what each payee still holds of the original payment. Parts never exceed
    /// a payee's balance, and the last refund reverses exactly what is left.
    /// </summary>
    public static List<LedgerEntry> ForReversal(Payment refund, IReadOnlyList<LedgerEntry> originalAndEarlierReversals, DateTimeOffset now)
    {
        var balances = originalAndEarlierReversals
            .Where(e => e.Payee is not null)
            .GroupBy(e => (e.Account, e.Payee, e.Role))
            .Select(g => (g.Key, Balance: g.Sum(e => e.Side == EntrySide.Credit ? e.Amount : -e.Amount)))
            .Where(b => b.Balance > 0)
            .OrderBy(b => b.Key.Role is { } r ? PolicyRules.Priority(r) : int.MaxValue).ThenBy(b => b.Key.Account, StringComparer.Ordinal)
            .ToList();
        decimal remaining = balances.Sum(b => b.Balance);
        if (refund.Amount > remaining)
        {
            throw new DomainException(ErrorCodes.RefundExceedsPayment, $"the refund of {refund.Amount:0.00} exceeds the {remaining:0.00} still held on the payment.");
        }

        decimal[] parts = LargestRemainder.Split(refund.Amount, balances.Select(b => b.Balance).ToList());
        var entries = new List<LedgerEntry> { Entry(refund, LedgerAccounts.Cash(refund.DealId), null, null, EntrySide.Credit, refund.Amount, now) };
        for (int i = 0; i < balances.Count; i++)
        {
            if (parts[i] != 0)
            {
                var (account, payee, role) = balances[i].Key;
                entries.Add(Entry(refund, account, payee, role, EntrySide.Debit, parts[i], now));
            }
        }

        return entries;
    }

    private static LedgerEntry Entry(Payment payment, string account, string? payee, PartyRole? role, EntrySide side, decimal amount, DateTimeOffset now) => new()
    {
        PaymentId = payment.Id,
        DealId = payment.DealId,
        Account = account,
        Payee = payee,
        Role = role,
        Side = side,
        Amount = amount,
        Currency = payment.Currency,
        PostedAt = now,
    };
}
