using System.Globalization;
using System.Text;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Ledger;

/// <summary>A payee's statement and ledger entries as CSV downloads (对账单/台账), amounts with two decimals, times in UTC ISO 8601.</summary>
public static class LedgerCsv
{
    /// <param name="id">Spells a deal's or payment's id as the API does (its global id).</param>
    /// <param name="name">Spells an enum value as the API does.</param>
    public static byte[] Statement(Statement statement, Func<string, Guid, string> id, Func<Enum, string> name)
    {
        var text = new StringBuilder();
        CsvText.Line(text, ["payee", "period", "posted_at", "deal", "payment", "role", "amount", "currency"]);
        CsvText.Line(text, [statement.Payee, statement.Period, "", "", "", "opening", CsvText.Amount(statement.Opening), statement.Currency]);
        foreach (var line in statement.Lines)
        {
            CsvText.Line(text, [statement.Payee, statement.Period, Time(line.PostedAt), id(nameof(Deal), line.DealId), id(nameof(Payment), line.PaymentId), line.Role is { } r ? name(r) : "", CsvText.Amount(line.Amount), line.Currency]);
        }

        CsvText.Line(text, [statement.Payee, statement.Period, "", "", "", "closing", CsvText.Amount(statement.Closing), statement.Currency]);
        return CsvText.Bytes(text);
    }

    /// <summary>Ledger entries, oldest first: credits positive, debits negative in <c>signed_amount</c>.</summary>
    public static byte[] Entries(IEnumerable<LedgerEntry> entries, Func<string, Guid, string> id, Func<Enum, string> name)
    {
        var text = new StringBuilder();
        CsvText.Line(text, ["entry", "posted_at", "deal", "payment", "account", "payee", "role", "side", "amount", "signed_amount", "currency"]);
        foreach (var e in entries.OrderBy(e => e.PostedAt).ThenBy(e => e.Id))
        {
            decimal signed = e.Side == EntrySide.Credit ? e.Amount : -e.Amount;
            CsvText.Line(text, [e.Id.ToString(CultureInfo.InvariantCulture), Time(e.PostedAt), id(nameof(Deal), e.DealId), id(nameof(Payment), e.PaymentId), e.Account, e.Payee ?? "", e.Role is { } r ? name(r) : "", name(e.Side), CsvText.Amount(e.Amount), CsvText.Amount(signed), e.Currency]);
        }

        return CsvText.Bytes(text);
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
