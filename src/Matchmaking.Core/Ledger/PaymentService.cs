using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Ledger;

/// <summary>
/// Records payments and refunds under idempotency keys: the same key with the same content returns the
/// first payment; with other content it is <see cref="ErrorCodes.IdempotencyConflict"/>. Keys are scoped to
/// their deal (<see cref="IdempotencyKeys"/>). The unique index on the key decides between concurrent submissions.
/// </summary>
public sealed class PaymentService(MatchmakingDbContext db, TimeProvider clock)
{
    public const int MaxKeyLength = IdempotencyKeys.MaxClientKeyLength;

    public async Task<Payment> RecordAsync(Guid dealId, decimal amount, string currency, string idempotencyKey, CancellationToken ct)
    {
        var checks = new Checks();
        checks.Text("idempotencyKey", idempotencyKey, MaxKeyLength);
        MoneyRules.Check(checks, "amount", amount, currency);
        checks.ThrowIfAny();

        var candidate = new Payment { DealId = dealId, PaymentKind = PaymentKind.Payment, Amount = amount, Currency = currency, IdempotencyKey = IdempotencyKeys.Scope(dealId, idempotencyKey) };
        if (await ReplayAsync(candidate, idempotencyKey, ct) is { } first)
        {
            return first;
        }

        var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the deal does not exist.", "dealId");
        if (deal.Currency != currency)
        {
            throw new ValidationException([new("currency", ErrorCodes.CurrencyUnsupported, $"the deal is in {deal.Currency}, not {currency}.")]);
        }

        // The policy in force now is the payment's for good: later policy changes do not reach it.
        candidate.PolicyId = deal.PolicyId;
        return await InsertWithinValueAsync(candidate, deal, idempotencyKey, ct);
    }

    /// <summary>Refunds (or charges back) part or all of a payment; settlement posts the reversing entries.</summary>
    public async Task<Payment> RefundAsync(Guid paymentId, decimal amount, PaymentKind kind, string idempotencyKey, CancellationToken ct)
    {
        var checks = new Checks();
        checks.Text("idempotencyKey", idempotencyKey, MaxKeyLength);
        if (kind == PaymentKind.Payment || !Enum.IsDefined(kind))
        {
            checks.Add("kind", ErrorCodes.InvalidEnum, "a refund is REFUND or CHARGEBACK.");
        }

        var original = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the payment does not exist.", "paymentId");
        MoneyRules.Check(checks, "amount", amount, original.Currency);
        checks.ThrowIfAny();

        var candidate = new Payment
        {
            DealId = original.DealId,
            PaymentKind = kind,
            Amount = amount,
            Currency = original.Currency,
            IdempotencyKey = IdempotencyKeys.Scope(original.DealId, idempotencyKey),
            RefundOf = original.Id,
            PolicyId = original.PolicyId,
        };
        if (await ReplayAsync(candidate, idempotencyKey, ct) is { } first)
        {
            return first;
        }

        if (original.PaymentKind != PaymentKind.Payment)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"the payment is itself a {WireNames.Of(original.PaymentKind)}; refund the original PAYMENT.", "paymentId");
        }

        // Summed in C#: SQLite keeps decimals as text.
        var refunded = await db.Payments.AsNoTracking().Where(p => p.RefundOf == original.Id).Select(p => p.Amount).ToListAsync(ct);
        if (refunded.Sum() + amount > original.Amount)
        {
            throw new ValidationException([new("amount", ErrorCodes.RefundExceedsPayment,
                $"{refunded.Sum()} of the {original.Amount} is already refunded; at most {original.Amount - refunded.Sum()} can be.")]);
        }

        return await InsertAsync(candidate, idempotencyKey, ct);
    }

    private async Task<Payment> InsertAsync(Payment candidate, string clientKey, CancellationToken ct)
    {
        candidate.Id = Guid.NewGuid();
        candidate.ReceivedAt = clock.GetUtcNow();
        db.Payments.Add(candidate);
        try
        {
            await db.SaveChangesAsync(ct);
            return candidate;
        }
        catch (DbUpdateException e) when (WriteConflicts.IsConflict(e))
        {
            // A concurrent request with the same key won the insert; answer as if it had come first.
            db.Entry(candidate).State = EntityState.Detached;
            return await ReplayAsync(candidate, clientKey, ct) ?? throw new InvalidOperationException("idempotency key collided but no payment holds it.", e);
        }
    }

    /// <summary>
    /// Inserts a payment only while the deal's received total (net of refunds) stays within its value.
    /// The deal's row is locked first with a no-op UPDATE — a row lock on PostgreSQL, the write lock on
    /// SQLite, no provider-specific SQL — so racing payments on one deal check the total one after another.
    /// </summary>
    private async Task<Payment> InsertWithinValueAsync(Payment candidate, Deal deal, string clientKey, CancellationToken ct)
    {
        DbUpdateException conflict;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Deals.Where(d => d.Id == deal.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Currency, d => d.Currency), ct);

            // Summed in C#: SQLite keeps decimals as text.
            var recorded = await db.Payments.AsNoTracking().Where(p => p.DealId == deal.Id).Select(p => new { p.PaymentKind, p.Amount }).ToListAsync(ct);
            decimal received = recorded.Sum(p => p.PaymentKind == PaymentKind.Payment ? p.Amount : -p.Amount);
            if (received + candidate.Amount > deal.Value)
            {
                throw new ValidationException([new("amount", ErrorCodes.PaymentExceedsDeal,
                    $"{received} of the deal's {deal.Value} {deal.Currency} is received; at most {deal.Value - received} more can be recorded.")]);
            }

            candidate.Id = Guid.NewGuid();
            candidate.ReceivedAt = clock.GetUtcNow();
            db.Payments.Add(candidate);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return candidate;
            }
            catch (DbUpdateException e) when (WriteConflicts.IsConflict(e))
            {
                // A request with the same key got there first; its payment is read after the rollback
                // (an aborted PostgreSQL transaction answers no more queries).
                db.Entry(candidate).State = EntityState.Detached;
                await transaction.RollbackAsync(ct);
                conflict = e;
            }
        }

        return await ReplayAsync(candidate, clientKey, ct) ?? throw new InvalidOperationException("idempotency key collided but no payment holds it.", conflict);
    }

    /// <summary>
    /// The payment already recorded under the candidate's key on its deal, or null; a conflict when content
    /// differs. A key stored before keys were scoped counts only on its own deal.
    /// </summary>
    private async Task<Payment?> ReplayAsync(Payment candidate, string clientKey, CancellationToken ct)
    {
        var existing = await db.Payments.AsNoTracking()
            .FirstOrDefaultAsync(p => p.IdempotencyKey == candidate.IdempotencyKey || (p.IdempotencyKey == clientKey && p.DealId == candidate.DealId), ct);
        if (existing is null)
        {
            return null;
        }

        bool same = existing.DealId == candidate.DealId && existing.PaymentKind == candidate.PaymentKind
            && existing.Amount == candidate.Amount && existing.Currency == candidate.Currency && existing.RefundOf == candidate.RefundOf;
        return same ? existing : throw new DomainException(ErrorCodes.IdempotencyConflict,
            $"idempotency key '{clientKey}' was used on this deal for a different payment ({WireNames.Of(existing.PaymentKind)} of {existing.Amount:0.00} {existing.Currency}).", "idempotencyKey");
    }
}
