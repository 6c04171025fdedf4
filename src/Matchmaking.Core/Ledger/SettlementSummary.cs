namespace Matchmaking.Core.Ledger;

/// <summary>What one settlement run did.</summary>
/// <param name="Settled">Payments this run split into entries.</param>
/// <param name="AlreadySettled">Payments another run had settled first.</param>
/// <param name="Deferred">Left for the next run: refunds whose original is not settled yet, or payments still contended.</param>
/// <param name="Entries">Ledger entries posted.</param>
/// <param name="NetAmount">Payments minus refunds settled by this run.</param>
public sealed record SettlementSummary(int Settled, int AlreadySettled, int Deferred, int Entries, decimal NetAmount);
