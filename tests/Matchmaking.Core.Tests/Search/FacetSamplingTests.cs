using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search;

/// <summary>Facets are exact up to Search:FacetSampleSize matches; past it they are estimated from a sample and flagged.</summary>
public sealed class FacetSamplingTests
{
    private const int Listings = 1_600;

    [Fact]
    public async Task Facets_MatchSetWithinTheBound_ExactCounts()
    {
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:FacetSampleSize"] = "10000" });
        var expected = await AddAsync(harness);

        var result = await SearchAsync(harness);

        Assert.Equal(expected.Values.Sum(), result.TotalCount);
        Assert.True(result.TotalCountIsExact);
        Assert.True(result.Facets.Exact);
        Assert.Equal(1.0, result.Facets.SampleRate);
        Assert.Equal(expected, Trl(result));
    }

    [Fact]
    public async Task Facets_MatchSetPastTheBound_FlaggedAndWithinTolerance()
    {
        using var harness = new SearchHarness(new Dictionary<string, string?> { ["Search:FacetSampleSize"] = "300" });
        var expected = await AddAsync(harness);
        int matches = expected.Values.Sum();

        var result = await SearchAsync(harness);

        // The total is still counted over every match; only the facets are sampled.
        Assert.Equal(matches, result.TotalCount);
        Assert.False(result.Facets.Exact);
        Assert.InRange(result.Facets.SampleRate * matches, 150, 300);
        var estimated = Trl(result);
        Assert.Equal(expected.Keys.Order(), estimated.Keys.Order());
        Assert.InRange(estimated.Values.Sum(), matches * 0.85, matches * 1.15);
        Assert.All(expected, e => Assert.InRange(estimated[e.Key], e.Value * 0.5, e.Value * 1.5));
        Assert.All(result.Facets.ByFacet[FieldNames.Kind], v => Assert.Equal(0, v.Count % (int)Math.Round(1 / result.Facets.SampleRate)));
    }

    [Fact]
    public async Task TotalCount_CollapsedPastThePool_FlaggedAsEstimate()
    {
        using var harness = new SearchHarness();
        var expected = await AddAsync(harness);

        var collapsed = await SearchAsync(harness, collapse: true);
        var plain = await SearchAsync(harness);

        // 800 matches, a pool of 20: duplicates among the 780 never compared are unknown, so the total is an estimate.
        Assert.False(collapsed.TotalCountIsExact);
        Assert.True(plain.TotalCountIsExact);
        Assert.Equal(expected.Values.Sum(), plain.TotalCount);
    }

    private static Task<SearchResult> SearchAsync(SearchHarness harness, bool collapse = false) =>
        harness.Pipeline.RunAsync(new SearchRequest("锂电池", [ListingKind.Achievement]) { IncludeFacets = true, Limit = 10, CollapseDuplicates = collapse }, default);

    private static Dictionary<string, int> Trl(SearchResult result) =>
        result.Facets.ByFacet[FieldNames.Trl].ToDictionary(v => v.Value, v => v.Count);

    /// <summary>Half the listings are about 锂电池, with TRL 1–9 in turn; returns the TRL counts of those.</summary>
    private static async Task<Dictionary<string, int>> AddAsync(SearchHarness harness)
    {
        var expected = new Dictionary<string, int>();
        await using (var db = harness.Database.CreateContext())
        {
            for (int i = 0; i < Listings; i++)
            {
                bool lithium = i % 2 == 0;
                string topic = lithium ? "锂电池极片缺陷检测" : "注塑件缩痕工艺优化";
                int trl = 1 + (i / 2 % 9);
                // Fixed ids: the sample keeps documents by a hash of their index position, and the insert (hence the
                // index) order follows the keys, so random ids made the sampled estimate differ from run to run.
                db.Achievements.Add(new Achievement { Id = new Guid(i + 1, 0xfa, 0xce, new byte[8]), Title = $"{topic} 编号{i}", Abstract = $"{topic}的第{i}项成果。", Trl = trl, Keywords = [] });
                if (lithium)
                {
                    string key = trl.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    expected[key] = expected.GetValueOrDefault(key) + 1;
                }
            }

            await db.SaveChangesAsync();
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return expected;
    }
}
