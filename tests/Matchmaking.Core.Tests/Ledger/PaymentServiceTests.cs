using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Tests.Ledger;

public sealed class PaymentServiceTests
{
    [Theory]
    [Providers]
    public async Task Record_SameKeySameContent_ReturnsFirstPayment(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, null);

        var first = await LedgerData.PayAsync(database, deal.Id, 2_500m, "invoice-7");
        var again = await LedgerData.PayAsync(database, deal.Id, 2_500m, "invoice-7");

        Assert.Equal(first.Id, again.Id);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Payments.CountAsync());
    }

    [Theory]
    [Providers]
    public async Task Record_SameKeyDifferentContent_IdempotencyConflict(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, null);
        await LedgerData.PayAsync(database, deal.Id, 2_500m, "invoice-7");

        var error = await Assert.ThrowsAsync<DomainException>(() => LedgerData.PayAsync(database, deal.Id, 2_600m, "invoice-7"));

        Assert.Equal(ErrorCodes.IdempotencyConflict, error.Code);
    }

    [Theory]
    [InlineData("-1", ErrorCodes.NegativeAmount)]
    [InlineData("0", ErrorCodes.AmountNotPositive)]
    [InlineData("0.001", ErrorCodes.AmountPrecision)]
    public async Task Record_BadAmount_Code(string amount, string code)
    {
        using var database = TestDatabase.Create(StorageProvider.Sqlite);
        var deal = await LedgerData.DealAsync(database, 10_000m, null);

        var error = await Assert.ThrowsAsync<ValidationException>(() => LedgerData.PayAsync(database, deal.Id, decimal.Parse(amount), "k"));

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [Providers]
    public async Task Refund_MoreThanRemains_RefundExceedsPayment(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var deal = await LedgerData.DealAsync(database, 10_000m, null);
        var payment = await LedgerData.PayAsync(database, deal.Id, 100m, "pay");
        await LedgerData.RefundAsync(database, payment.Id, 60m, "refund-1");

        var error = await Assert.ThrowsAsync<ValidationException>(() => LedgerData.RefundAsync(database, payment.Id, 40.01m, "refund-2"));

        Assert.Equal(ErrorCodes.RefundExceedsPayment, error.Code);
    }

    [Theory]
    [Providers]
    public async Task CreateDeal_MatchNotContracted_MatchNotContracted(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        Guid matchId = await LedgerData.ContractedMatchAsync(database);
        await using (var db = database.CreateContext())
        {
            (await db.Matches.SingleAsync(m => m.Id == matchId)).Stage = MatchStage.Negotiating;
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        var error = await Assert.ThrowsAsync<DomainException>(() => new Core.Ledger.DealService(context, TimeProvider.System, LedgerData.Options())
            .CreateAsync(new(matchId, ContractType.License, 1_000m, "CNY", LedgerData.Parties, null), default));

        Assert.Equal(ErrorCodes.MatchNotContracted, error.Code);
    }
}
