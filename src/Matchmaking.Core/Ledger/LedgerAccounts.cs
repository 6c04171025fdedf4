using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>Account names of the double-entry ledger.</summary>
public static class LedgerAccounts
{
    /// <summary>Money received on a deal and not yet paid out: debited by a payment, credited by a refund.</summary>
    public static string Cash(Guid dealId) => $"cash:{dealId:N}";

    /// <summary>What a payee is owed under one role.</summary>
    public static string Payee(string payee, PartyRole role) => $"payee:{payee}:{role}";

    /// <summary>The payee key of a party: its subject or listing reference when it has one, else its own id.</summary>
    public static string PayeeOf(DealParty party) => string.IsNullOrWhiteSpace(party.Reference) ? party.Id.ToString("N") : party.Reference;
}
