using System.Globalization;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Matchmaking.Api.Tests.GraphQLSliceTests;

namespace Matchmaking.Api.Tests;

/// <summary>Issue 14 items 4–5 through GraphQL on the seeded service: explanations in the reverse direction, patent numbers, regions, English.</summary>
public sealed class ExplanationApiTests(GlossaryApi api) : IClassFixture<GlossaryApi>
{
    [Fact]
    public async Task Recommendations_ForAchievement_BudgetLabelledFromTheDemandsSide()
    {
        var (id, price) = await PricedAchievementAsync();

        var edges = Data(await api.PostAsync("query($id: ID!) { recommendations(for: $id, first: 20) { edges { explanation { constraints { name met detail } } } } }", new { id }))
            .GetProperty("recommendations").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("explanation").GetProperty("constraints").EnumerateArray()).ToList();

        var budgets = edges.Where(c => c.GetProperty("name").GetString() == "budget").ToList();
        Assert.NotEmpty(budgets);
        string asking = $"price {price.ToString("N0", CultureInfo.InvariantCulture)} ";
        Assert.All(budgets, c =>
        {
            string detail = c.GetProperty("detail").GetString()!;
            Assert.StartsWith(asking, detail, StringComparison.Ordinal);
            Assert.Equal(c.GetProperty("met").GetBoolean(), detail.Contains(" within the budget ", StringComparison.Ordinal));
        });
        Assert.Contains(edges, c => c.GetProperty("name").GetString() == "deadline");
    }

    [Fact]
    public async Task Search_PatentNumberWithoutCheckDigit_OneHitShownAsTyped()
    {
        var search = Data(await api.PostAsync("{ search(text: \"ZL202111476178\") { totalCount edges { explanation { matchedTerms } } } }")).GetProperty("search");

        Assert.Equal(1, search.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ZL202111476178"], search.GetProperty("edges")[0].GetProperty("explanation").GetProperty("matchedTerms").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Search_RegionShortAndFullForms_SameCount_EnglishTextFindsChineseListings()
    {
        int Count(string region) => Data(api.PostAsync($"{{ search(text: \"lithium battery\", filter: {{ regions: [\"{region}\"] }}) {{ totalCount }} }}").GetAwaiter().GetResult())
            .GetProperty("search").GetProperty("totalCount").GetInt32();

        int hefei = Count("合肥");
        Assert.True(hefei > 0);
        Assert.Equal(hefei, Count("合肥市"));
        Assert.Equal(hefei, Count("安徽省合肥市"));
        Assert.True(Count("安徽") > hefei);
    }

    private async Task<(string Id, decimal Price)> PricedAchievementAsync()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var achievement = await db.Achievements.Where(a => a.AskingPrice != null && a.Title.Contains("电池")).OrderBy(a => a.Id).Select(a => new { a.Id, a.AskingPrice }).FirstAsync();
        return (GlobalId.Encode("Achievement", achievement.Id), decimal.Round(achievement.AskingPrice!.Value));
    }
}

/// <summary>The seeded SQLite service with the repository's curated glossary (the factory's data root is a temp folder without indexes/analysis).</summary>
public sealed class GlossaryApi() : ApiFactory(StorageProvider.Sqlite)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:GlossaryPath", Path.Combine(RepositoryRoot, "indexes", "analysis", "glossary.txt"));
    }
}
