using System.Text.Json;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Ledger;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Tests.Notifications;

public sealed class PaymentNoticeTests
{
    [Theory]
    [Providers]
    public async Task Settle_Payment_EachPayeeToldItsCreditOnce(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 1_000_000m, LedgerData.ExamplePolicy);
        await LedgerData.PayAsync(database, deal.Id, 100_000m, "p1");

        await LedgerData.SettleAsync(database);
        await LedgerData.SettleAsync(database);

        await using var db = database.CreateContext();
        var notices = await db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.PaymentSettled).ToListAsync();
        var credits = (await db.LedgerEntries.AsNoTracking().Where(e => e.Side == EntrySide.Credit && e.Payee != null).ToListAsync())
            .GroupBy(e => e.Payee!).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        Assert.Equal(["broker-1", "inst-1", "team-1"], notices.Select(n => n.RecipientSubject).Order());
        foreach (var notice in notices)
        {
            using var data = JsonDocument.Parse(notice.Data);
            Assert.Equal(credits[notice.RecipientSubject].ToString("F2", System.Globalization.CultureInfo.InvariantCulture), data.RootElement.GetProperty("amount").GetProperty("amount").GetString());
            Assert.StartsWith("款项已结算", notice.Title);
        }
    }
}
