using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>Region filters and facets over the seed index use the normalised hierarchy.</summary>
public sealed class RegionFilterTests(SeededIndexFixture fixture) : IClassFixture<SeededIndexFixture>
{
    [Fact]
    public async Task Run_CityShortFullAndWithProvince_SameListings()
    {
        int shortForm = await CountAsync("合肥");

        Assert.True(shortForm > 100, $"合肥 found {shortForm}");
        Assert.Equal(shortForm, await CountAsync("合肥市"));
        Assert.Equal(shortForm, await CountAsync("安徽省合肥市"));
        Assert.Equal(shortForm, await CountAsync("安徽合肥"));
    }

    [Fact]
    public async Task Run_ProvinceFilter_MatchesItsCities()
    {
        var result = await RunAsync(["安徽"], facets: true);

        var cities = result.Facets.ByFacet["region"];
        Assert.True(cities.Count > 10, string.Join(", ", cities.Select(c => c.Value)));
        Assert.All(cities, c => Assert.StartsWith("安徽省", c.Value, StringComparison.Ordinal));
        Assert.Equal(result.TotalCount, cities.Sum(c => c.Count));
        Assert.True(result.TotalCount > await CountAsync("合肥"));
        Assert.Equal(result.TotalCount, await CountAsync("安徽省"));
    }

    [Fact]
    public async Task Run_Facets_NormalisedFullForms()
    {
        var result = await RunAsync([], facets: true);

        var values = result.Facets.ByFacet["region"].Select(v => v.Value).ToList();
        Assert.Contains("安徽省合肥市", values);
        Assert.DoesNotContain("合肥", values);
        Assert.DoesNotContain("合肥市", values);
    }

    private async Task<int> CountAsync(string region) => (await RunAsync([region], facets: false)).TotalCount;

    private Task<SearchResult> RunAsync(IReadOnlyCollection<string> regions, bool facets) =>
        fixture.Harness.Pipeline.RunAsync(new SearchRequest("技术", [ListingKind.Achievement, ListingKind.Demand])
        {
            Filter = new SearchFilter { Regions = regions },
            IncludeFacets = facets,
        }, default);
}
