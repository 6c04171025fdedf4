using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>A deal with everything its fields show, loaded up front so no field touches the DbContext.</summary>
public sealed record DealView(
    Deal Deal,
    IReadOnlyList<RevenueSharePolicy> Policies,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<LedgerEntry> Entries,
    IReadOnlySet<Guid> Settled);
