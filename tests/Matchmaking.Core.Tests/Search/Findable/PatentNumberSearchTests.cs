using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>Patent numbers typed any of the usual ways find the listing that holds the number, and only it, on the seed index.</summary>
public sealed class PatentNumberSearchTests(SeededIndexFixture fixture) : IClassFixture<SeededIndexFixture>
{
    // ZL202111476178.X is one seed achievement's ipNumber (its check digit a letter).
    [Theory]
    [InlineData("ZL202111476178.X")]
    [InlineData("202111476178.X")]
    [InlineData("ZL202111476178")]
    [InlineData("202111476178")]
    [InlineData("专利号：ZL 202111476178.x")]
    public async Task Run_PatentNumberAnyForm_FindsOnlyItsListing(string typed)
    {
        var expected = await OwnerAsync("ZL202111476178.X");

        var result = await fixture.Harness.Pipeline.RunAsync(new SearchRequest(typed, []), default);

        Assert.Equal([expected], result.Hits.Select(h => h.Id));
        Assert.Equal(1, result.TotalCount);
        Assert.Equal([typed.Split('：').Last()], result.Hits[0].Explanation.MatchedTerms);
    }

    [Fact]
    public async Task Run_UnknownPatentNumber_FindsNothingRatherThanEveryZl()
    {
        var result = await fixture.Harness.Pipeline.RunAsync(new SearchRequest("ZL209912345678.1", []), default);

        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task Run_PatentNumberInText_AlsoACode()
    {
        // ZL202110866496.0 is written in that achievement's abstract (and is its ipNumber); the seed set
        // also plants an exact duplicate of it (same number), so both hold it. Uncollapsed, exactly those.
        var expected = await HoldersAsync("ZL202110866496.0");

        var request = new SearchRequest("202110866496", [ListingKind.Achievement]) { CollapseDuplicates = false };
        var result = await fixture.Harness.Pipeline.RunAsync(request, default);

        Assert.Equal(2, expected.Count);
        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("zl202310123456.7", "zl202310123456")]
    [InlineData("202310123456.7", "zl202310123456")]
    [InlineData("cn202310123456", "zl202310123456")]
    [InlineData("zl98123456.x", "zl98123456")]
    [InlineData("20231201", null)]
    [InlineData("123456789012", null)]
    public void Canonical_TokenForms(string token, string? code) => Assert.Equal(code, PatentNumbers.Canonical(token));

    private async Task<Guid> OwnerAsync(string ipNumber)
    {
        using var scope = fixture.Harness.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return await db.Achievements.Where(a => a.IpNumber == ipNumber).Select(a => a.Id).SingleAsync();
    }

    private async Task<List<Guid>> HoldersAsync(string ipNumber)
    {
        using var scope = fixture.Harness.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        return await db.Achievements.Where(a => a.IpNumber == ipNumber).Select(a => a.Id).ToListAsync();
    }
}
