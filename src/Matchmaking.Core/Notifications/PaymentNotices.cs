using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Notifications;

/// <summary>Tells each payee of a settled payment what it was credited, in the settlement's own transaction.</summary>
public static class PaymentNotices
{
    public static async Task AddAsync(MatchmakingDbContext db, TimeProvider clock, Payment payment, IReadOnlyList<LedgerEntry> entries, CancellationToken ct)
    {
        if (payment.PaymentKind != PaymentKind.Payment)
        {
            return;
        }

        var notifier = new Notifier(db, clock);
        foreach (var credit in entries.Where(e => e.Side == EntrySide.Credit && e.Payee is not null).GroupBy(e => e.Payee!))
        {
            var recipients = await RecipientsAsync(db, credit.Key, ct);
            decimal amount = credit.Sum(e => e.Amount);
            string money = NotificationTexts.Money(amount, payment.Currency);
            var e = new NotificationEvent(
                NotificationKind.PaymentSettled,
                $"payment.settled:{payment.Id}:{credit.Key}",
                $"款项已结算：{money}",
                $"一笔合同款项已完成分账，您应得 {money}。",
                nameof(Payment),
                payment.Id,
                new { paymentId = payment.Id, dealId = payment.DealId, amount = new { amount = amount.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), currency = payment.Currency } });
            await notifier.AddAsync(e, recipients, email: true, ct);
        }
    }

    /// <summary>
    /// A payee key is a subject, or the id of a listing (an expert, an achievement, an enterprise) whose owners are paid.
    /// Parties without a reference (keyed by their own party id) have no one to tell.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RecipientsAsync(MatchmakingDbContext db, string payee, CancellationToken ct)
    {
        if (!Guid.TryParse(payee, out Guid id))
        {
            return payee == "platform" ? [] : [payee];
        }

        foreach (var kind in new[] { ListingKind.Expert, ListingKind.Achievement, ListingKind.Enterprise })
        {
            var owners = await ListingOwners.OfAsync(db, kind, id, ct);
            if (owners.Count > 0)
            {
                return owners;
            }
        }

        return [];
    }
}
