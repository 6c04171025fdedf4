using System.Globalization;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Insights;

/// <summary>analytics over the seeded year equals what the seed files say, on both providers; who may ask.</summary>
public abstract class AnalyticsApiTests(ApiFactory api)
{
    private const string Query = """
        query($f: AnalyticsFilter!) { analytics(filter: $f) {
          groupBy
          total { demandsPosted demandsMatched matches contracts deals dealValue { amount } revenue { role amount { amount } }
                  stages { stage current reached } steps { from to conversionRate medianDays } }
          groups(first: 20) { totalCount edges { node { key label matches } } } } }
        """;

    [Fact]
    public async Task Analytics_SeedYearAsAdmin_EqualsTheSeedFiles()
    {
        var seed = SeedHistory.Read();

        var analytics = (await api.PostAsync(Query, Filter("MONTH"), Token(Roles.Admin, "admin-analytics"))).Data().GetProperty("analytics");

        var total = analytics.GetProperty("total");
        var posted = seed.Demands.Where(SeedHistory.InPeriod).Select(d => d.GetProperty("id").GetString()).ToHashSet();
        var matched = seed.Matches.Select(m => m.GetProperty("demandId").GetString()).ToHashSet();
        Assert.Equal(posted.Count, total.GetProperty("demandsPosted").GetInt32());
        Assert.Equal(posted.Count(matched.Contains), total.GetProperty("demandsMatched").GetInt32());
        Assert.Equal(seed.Matches.Count, total.GetProperty("matches").GetInt32());
        Assert.Equal(seed.Deals.Count, total.GetProperty("contracts").GetInt32());
        Assert.Equal(seed.Deals.Sum(d => d.GetProperty("value").GetDecimal()).ToString("0.00", CultureInfo.InvariantCulture), total.GetProperty("dealValue").GetProperty("amount").GetString());
        Assert.Equal(seed.Payments.Sum(p => p.GetProperty("amount").GetDecimal()), total.GetProperty("revenue").EnumerateArray().Sum(r => decimal.Parse(r.GetProperty("amount").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture)));
        foreach (var stage in total.GetProperty("stages").EnumerateArray())
        {
            string name = stage.GetProperty("stage").GetString()!;
            Assert.Equal(seed.Matches.Count(m => Constant(m.GetProperty("stage").GetString()!) == name), stage.GetProperty("current").GetInt32());
        }

        var first = total.GetProperty("steps")[0];
        Assert.Equal(Math.Round(FirstStepMedian(seed), 2), first.GetProperty("medianDays").GetDouble());
        Assert.Equal(12, analytics.GetProperty("groups").GetProperty("totalCount").GetInt32());
        Assert.Equal(seed.Matches.Count, analytics.GetProperty("groups").GetProperty("edges").EnumerateArray().Sum(e => e.GetProperty("node").GetProperty("matches").GetInt32()));
    }

    [Fact]
    public async Task Analytics_Broker_OnlyTheirOwnMatches()
    {
        var seed = SeedHistory.Read();

        var total = (await api.PostAsync(Query, Filter("INDUSTRY"), Token(Roles.Broker, "seed-broker-2"))).Data().GetProperty("analytics").GetProperty("total");

        Assert.Equal(seed.Matches.Count(m => m.GetProperty("brokerSubject").GetString() == "seed-broker-2"), total.GetProperty("matches").GetInt32());
        Assert.InRange(total.GetProperty("matches").GetInt32(), 1, seed.Matches.Count - 1);
    }

    [Theory]
    [InlineData(Roles.Enterprise, "FORBIDDEN")]
    [InlineData(Roles.Researcher, "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Analytics_NotAdminOrBroker_Refused(string? role, string code)
    {
        var result = await api.PostAsync(Query, Filter("REGION"), role is null ? null : Token(role, "someone"));

        Assert.Equal(code, result.Code());
    }

    [Fact]
    public async Task Analytics_UnknownGroupBy_BadUserInput()
    {
        var result = await api.PostAsync(Query, Filter("CITY"), Token(Roles.Admin, "admin-analytics"));

        Assert.Contains(result.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("CITY", StringComparison.Ordinal));
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("analytics", out _));
    }

    private static object Filter(string groupBy) => new { f = new { from = SeedHistory.From.ToString("O"), to = SeedHistory.To.ToString("O"), groupBy } };

    /// <summary>Days from each seeded match's proposal to its shortlisting, the median as the SQL must find it.</summary>
    private static double FirstStepMedian(SeedHistory seed)
    {
        var proposed = seed.Events.Where(e => e.GetProperty("kind").GetString() == "Proposed").ToDictionary(e => e.GetProperty("matchId").GetString()!, e => e.GetProperty("at").GetDateTimeOffset());
        return SeedHistory.Median([.. seed.Events
            .Where(e => e.TryGetProperty("toStage", out var to) && to.GetString() == "Shortlisted")
            .Select(e => (e.GetProperty("at").GetDateTimeOffset() - proposed[e.GetProperty("matchId").GetString()!]).TotalDays)]);
    }

    private static string Constant(string pascal) => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);
}

public sealed class AnalyticsSqliteApiTests(SqliteApi api) : AnalyticsApiTests(api), IClassFixture<SqliteApi>;

public sealed class AnalyticsPostgresApiTests(PostgresApi api) : AnalyticsApiTests(api), IClassFixture<PostgresApi>;
