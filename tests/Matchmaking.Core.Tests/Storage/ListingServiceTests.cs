using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Domain;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Tests.Storage;

public sealed class ListingServiceTests
{
    [Theory]
    [Providers]
    public async Task PostDemand_Valid_StoresDemandAndChangeLogRow(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var enterprise = await RegisterAsync(database);
        var notifier = new CountingNotifier();

        await using (var db = database.CreateContext())
        {
            var demand = ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            demand.Deadline = null;
            await new ListingService(db, TimeProvider.System, notifier).PostDemandAsync(demand, default);
        }

        await using var check = database.CreateContext();
        var stored = await check.Demands.SingleAsync();
        Assert.Equal("锂电池极片表面缺陷在线检测", stored.Title);
        Assert.Equal(["锂电池", "缺陷检测", "机器视觉"], stored.Keywords);
        var log = await check.ChangeLog.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([ListingKind.Enterprise, ListingKind.Demand], log.Select(e => e.EntityKind));
        Assert.Equal(stored.Id, log[1].EntityId);
        Assert.True(log[1].Sequence > log[0].Sequence);
        Assert.Equal(1, notifier.Count);
    }

    [Theory]
    [Providers]
    public async Task PostDemand_Invalid_StoresNothing(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var enterprise = await RegisterAsync(database);
        var spoilers = new Action<Demand>[]
        {
            d => d.Title = "",
            d => d.RequiredTrl = 12,
            d => { d.BudgetMin = 9m; d.BudgetMax = 1m; },
            d => d.BudgetMax = -5m,
            d => d.Title = new string('题', 1_000_000),
        };

        foreach (var spoil in spoilers)
        {
            await using var db = database.CreateContext();
            var demand = ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            demand.Deadline = null;
            spoil(demand);
            await Assert.ThrowsAsync<ValidationException>(() => new ListingService(db, TimeProvider.System, new CountingNotifier()).PostDemandAsync(demand, default));
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Demands.CountAsync());
        Assert.Equal(1, await check.ChangeLog.CountAsync());
    }

    [Theory]
    [Providers]
    public async Task RegisterEnterprise_SameCreditCodeTwice_Duplicate(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await RegisterAsync(database);

        var error = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(database));

        Assert.Equal(ErrorCodes.Duplicate, error.Code);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Enterprises.CountAsync());
    }

    [Theory]
    [Providers]
    public async Task RegisterEnterprise_WrongCheckCharacter_CreditCodeInvalidAndNothingStored(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();
        var enterprise = new Enterprise { Name = "芜湖某材料有限公司", CreditCode = "91330100716105852E" };

        var error = await Assert.ThrowsAsync<ValidationException>(() => new ListingService(db, TimeProvider.System, new CountingNotifier()).RegisterEnterpriseAsync(enterprise, default));

        Assert.Equal(ErrorCodes.CreditCodeInvalid, error.Code);
        Assert.Equal(0, await db.ChangeLog.CountAsync());
    }

    [Theory]
    [Providers]
    public async Task CloseDemand_Open_StatusClosedAndLogged(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var enterprise = await RegisterAsync(database);
        Guid id;
        await using (var db = database.CreateContext())
        {
            var demand = ListingValidatorTests.ValidDemand();
            demand.EnterpriseId = enterprise.Id;
            id = (await new ListingService(db, TimeProvider.System, new CountingNotifier()).PostDemandAsync(demand, default)).Id;
        }

        await using (var db = database.CreateContext())
        {
            await new ListingService(db, TimeProvider.System, new CountingNotifier()).CloseDemandAsync(id, default);
        }

        await using var check = database.CreateContext();
        Assert.Equal(DemandStatus.Closed, (await check.Demands.SingleAsync()).Status);
        Assert.Equal(2, await check.ChangeLog.CountAsync(e => e.EntityId == id));
    }

    internal static async Task<Enterprise> RegisterAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var enterprise = new Enterprise { Name = "合肥锂能科技有限公司", CreditCode = "91330100716105852F", Industry = Industry.NewEnergyVehicles, Region = "合肥" };
        return await new ListingService(db, TimeProvider.System, new CountingNotifier()).RegisterEnterpriseAsync(enterprise, default);
    }

    internal sealed class CountingNotifier : IListingChangeNotifier
    {
        public int Count { get; private set; }

        public void ListingsChanged() => Count++;
    }
}
