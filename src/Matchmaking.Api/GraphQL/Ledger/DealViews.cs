using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>Loads deals with their policies, payments and entries in a handful of queries.</summary>
internal static class DealViews
{
    public static async Task<List<DealView>> LoadAsync(MatchmakingDbContext db, IQueryable<Deal> deals, CancellationToken ct)
    {
        var list = await deals.AsNoTracking().Include(d => d.Parties).ToListAsync(ct);
        var ids = list.Select(d => d.Id).ToList();
        var payments = await db.Payments.AsNoTracking().Where(p => ids.Contains(p.DealId)).ToListAsync(ct);
        var paymentIds = payments.Select(p => p.Id).ToList();
        var settled = (await db.Settlements.AsNoTracking().Where(s => paymentIds.Contains(s.PaymentId)).Select(s => s.PaymentId).ToListAsync(ct)).ToHashSet();
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => ids.Contains(e.DealId)).ToListAsync(ct);
        var policyIds = list.Select(d => d.PolicyId).Concat(payments.Select(p => p.PolicyId)).Distinct().ToList();
        var policies = await db.Policies.AsNoTracking().Include(p => p.Shares).Where(p => policyIds.Contains(p.Id)).ToListAsync(ct);
        return list
            .OrderBy(d => d.CreatedAt)
            .Select(d => new DealView(
                d,
                policies,
                payments.Where(p => p.DealId == d.Id).OrderBy(p => p.ReceivedAt).ToList(),
                entries.Where(e => e.DealId == d.Id).OrderBy(e => e.Id).ToList(),
                settled))
            .ToList();
    }

    /// <summary>Payments with whether each is settled and its policy version, keyed by id.</summary>
    public static async Task<IDictionary<Guid, PaymentView>> PaymentsAsync(MatchmakingDbContext db, IQueryable<Payment> query, CancellationToken ct)
    {
        var payments = await query.AsNoTracking().ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var settled = (await db.Settlements.AsNoTracking().Where(s => ids.Contains(s.PaymentId)).Select(s => s.PaymentId).ToListAsync(ct)).ToHashSet();
        var policyIds = payments.Select(p => p.PolicyId).Distinct().ToList();
        var versions = await db.Policies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Version, ct);
        return payments.ToDictionary(p => p.Id, p => new PaymentView(p, settled.Contains(p.Id), versions.GetValueOrDefault(p.PolicyId, 1)));
    }
}
