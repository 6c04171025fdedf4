using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>Past-deadline demands are EXPIRED everywhere: on read at once, in the database after the daily job.</summary>
public abstract class DemandExpiryTests(BareApi api)
{
    private const string Read = """
        query($id: ID!, $e: ID!) { demand(id: $id) { status }
          open: demands(filter: { enterpriseId: $e, status: OPEN }) { totalCount }
          expired: demands(filter: { enterpriseId: $e, status: EXPIRED }) { totalCount edges { node { id status } } } }
        """;

    [Fact]
    public async Task PastDeadline_ExpiredOnRead_ThenMarkedByTheJobOnce_ThenReopenedByALaterDeadline()
    {
        var w = await World.CreateAsync(api.Services);
        await SetDeadlineAsync(w.DemandId, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));

        var before = (await api.PostAsync(Read, new { id = w.Demand, e = w.Enterprise })).Data();
        Assert.Equal("EXPIRED", before.GetProperty("demand").GetProperty("status").GetString());
        Assert.Equal(0, before.GetProperty("open").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, before.GetProperty("expired").GetProperty("totalCount").GetInt32());

        long head;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
            head = await db.ChangeLogHeadAsync(default);
            var listings = scope.ServiceProvider.GetRequiredService<ListingService>();
            Assert.True(await listings.ExpireDemandsAsync(default) >= 1);
            Assert.Equal(0, await listings.ExpireDemandsAsync(default));
            Assert.Equal(DemandStatus.Expired, (await db.Demands.AsNoTracking().SingleAsync(d => d.Id == w.DemandId)).Status);
            Assert.True(await db.ChangeLog.AnyAsync(c => c.EntityId == w.DemandId && c.Sequence > head));
        }

        var after = (await api.PostAsync(Read, new { id = w.Demand, e = w.Enterprise })).Data();
        Assert.Equal("EXPIRED", after.GetProperty("demand").GetProperty("status").GetString());
        Assert.Equal(1, after.GetProperty("expired").GetProperty("totalCount").GetInt32());

        string later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        var reopened = (await api.PostAsync($$"""mutation { updateDemand(input: { id: "{{w.Demand}}", deadline: "{{later}}" }) { demand { status } userErrors { field code } } }""",
            token: w.Token(api.Services, Roles.Enterprise))).Data().GetProperty("updateDemand");
        Assert.Equal("OPEN", reopened.GetProperty("demand").GetProperty("status").GetString());
    }

    private async Task SetDeadlineAsync(Guid demandId, DateOnly deadline)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        await db.Demands.Where(d => d.Id == demandId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Deadline, deadline));
    }
}

public sealed class DemandExpirySqliteTests(BareSqliteApi api) : DemandExpiryTests(api), IClassFixture<BareSqliteApi>;

public sealed class DemandExpiryPostgresTests(BarePostgresApi api) : DemandExpiryTests(api), IClassFixture<BarePostgresApi>;
