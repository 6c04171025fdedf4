using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Tests.Storage;

namespace Matchmaking.Core.Tests.Search;

public sealed class IndexLifecycleTests
{
    [Fact]
    public async Task EnsureReady_NoIndex_BuildsFromDatabaseAndFindsChinese()
    {
        using var harness = new SearchHarness();
        await PublishAsync(harness, "基于深度学习的锂电池缺陷检测技术", "采用卷积神经网络 CNN 识别极片划痕，检出率 ≥ 98%。");
        await PublishAsync(harness, "SiC MOSFET 功率模块低热阻封装", "银烧结工艺使热阻降低 30%。");

        await harness.Maintenance.EnsureReadyAsync(null, default);
        var result = await harness.Pipeline.RunAsync(new SearchRequest("锂电池", [ListingKind.Achievement]), default);

        Assert.Equal(1, result.TotalCount);
        Assert.Equal("基于深度学习的锂电池缺陷检测技术", result.Hits[0].Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("！！？？。。")]
    [InlineData("AND OR NOT ( ) [ ] { } ~ * ? : \\ / ^ \" + - && ||")]
    public async Task Run_PunctuationOrOperatorsOnly_EmptyNotError(string text)
    {
        using var harness = new SearchHarness();
        await PublishAsync(harness, "锂电池回收", "湿法冶金回收钴镍。");
        await harness.Maintenance.EnsureReadyAsync(null, default);

        var result = await harness.Pipeline.RunAsync(new SearchRequest(text, []), default);

        Assert.Equal(0, result.TotalCount);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task Run_LuceneSyntaxInText_TreatedAsWords()
    {
        using var harness = new SearchHarness();
        await PublishAsync(harness, "锂电池回收", "湿法冶金回收钴镍。");
        await harness.Maintenance.EnsureReadyAsync(null, default);

        var result = await harness.Pipeline.RunAsync(new SearchRequest("锂电池 AND (回收 OR title:*", []), default);

        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task CatchUp_AfterUpdateAndClose_IndexFollowsDatabase()
    {
        using var harness = new SearchHarness();
        var enterprise = await ListingServiceTests.RegisterAsync(harness.Database);
        await harness.Maintenance.EnsureReadyAsync(null, default);
        Demand demand;
        using (var scope = harness.Scope())
        {
            var posted = Domain.ListingValidatorTests.ValidDemand();
            posted.EnterpriseId = enterprise.Id;
            posted.Deadline = null;
            demand = await harness.Listings(scope).PostDemandAsync(posted, default);
        }

        await harness.Maintenance.CatchUpAsync(default);
        Assert.Equal(1, (await harness.Pipeline.RunAsync(new SearchRequest("极片", [ListingKind.Demand]), default)).TotalCount);

        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).UpdateDemandAsync(demand.Id, d => d.Title = "注塑件缩痕工艺优化", default);
        }

        await harness.Maintenance.CatchUpAsync(default);
        Assert.Equal(1, (await harness.Pipeline.RunAsync(new SearchRequest("注塑件", [ListingKind.Demand]), default)).TotalCount);

        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).CloseDemandAsync(demand.Id, default);
        }

        await harness.Maintenance.CatchUpAsync(default);
        Assert.Equal(0, (await harness.Pipeline.RunAsync(new SearchRequest("注塑件", [ListingKind.Demand]), default)).TotalCount);
    }

    [Fact]
    public async Task EnsureReady_AfterRestart_ResumesAtCommittedSequenceAndReplayChangesNothing()
    {
        using var harness = new SearchHarness();
        await PublishAsync(harness, "锂电池回收", "湿法冶金回收钴镍。");
        await harness.Maintenance.EnsureReadyAsync(null, default);
        long sequence = harness.Index.LastSequence;
        string? folder = harness.Index.Folder;
        Assert.True(sequence > 0);

        harness.Restart();
        await harness.Maintenance.EnsureReadyAsync(null, default);

        Assert.Equal(folder, harness.Index.Folder);
        Assert.Equal(sequence, harness.Index.LastSequence);
        harness.Index.Apply([], [], 0);
        var result = await harness.Pipeline.RunAsync(new SearchRequest("锂电池", []), default);
        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task EnsureReady_CorruptIndex_RebuiltFromDatabase()
    {
        using var harness = new SearchHarness();
        await PublishAsync(harness, "锂电池回收", "湿法冶金回收钴镍。");
        await harness.Maintenance.EnsureReadyAsync(null, default);
        string folder = harness.Index.Folder!;
        harness.Restart();
        foreach (string file in Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, new byte[16]);
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);

        Assert.NotEqual(folder, harness.Index.Folder);
        Assert.Equal(1, (await harness.Pipeline.RunAsync(new SearchRequest("锂电池", []), default)).TotalCount);
    }

    [Fact]
    public async Task Rebuild_ReportsProgress_CountsGrowToTheTotal()
    {
        using var harness = new SearchHarness();
        await AddManyAsync(harness, 0, 1_200);
        await harness.Maintenance.EnsureReadyAsync(null, default);
        var seen = new List<RebuildProgress>();
        var during = new List<RebuildProgress?>();
        harness.Maintenance.RebuildProgressed += p =>
        {
            seen.Add(p);
            during.Add(harness.Maintenance.Rebuilding);
        };
        Assert.Null(harness.Maintenance.Rebuilding);

        int count = await harness.Maintenance.RebuildAsync(null, default);

        Assert.True(count >= 1_200);
        Assert.All(seen, p => Assert.Equal(count, p.Total));
        Assert.Equal(0, seen[0].Done);
        Assert.Equal(count, seen[^1].Done);
        Assert.True(seen.Count >= 1 + (count / ListingIndex.ProgressEvery), $"only {seen.Count} reports");
        Assert.Equal(seen.Select(p => p.Done).Order(), seen.Select(p => p.Done));
        Assert.True(seen.Select(p => p.Done).Distinct().Count() >= 3);
        Assert.Equal<RebuildProgress?>(seen, during);
        Assert.Null(harness.Maintenance.Rebuilding);
    }

    [Fact]
    public async Task EnsureReady_AfterRebuildKilledMidway_LiveIndexEqualsFreshRebuild()
    {
        using var harness = new SearchHarness();
        await AddManyAsync(harness, 0, 2_500);
        await harness.Maintenance.EnsureReadyAsync(null, default);
        string live = harness.Index.Folder!;
        await AddManyAsync(harness, 2_500, 20);
        using var kill = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Maintenance.RebuildAsync(new CancelOnFirstReport(kill), kill.Token));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(harness.Root, "indexes"), "listings-*").Length);

        harness.Restart();
        await harness.Maintenance.EnsureReadyAsync(null, default);
        Assert.Equal(live, harness.Index.Folder);
        Assert.Single(Directory.GetDirectories(Path.Combine(harness.Root, "indexes"), "listings-*"));
        var afterRestart = await ResultsAsync(harness);
        await harness.Maintenance.RebuildAsync(null, default);
        Assert.NotEqual(live, harness.Index.Folder);
        Assert.Equal(await ResultsAsync(harness), afterRestart);
    }

    private static async Task<List<string>> ResultsAsync(SearchHarness harness)
    {
        var all = new List<string>();
        foreach (string text in new[] { "锂电池 编号7", "注塑件 缩痕", "编号2510" })
        {
            var result = await harness.Pipeline.RunAsync(new SearchRequest(text, [], 50), default);
            all.Add($"{text}:{result.TotalCount}:{string.Join(',', result.Hits.Select(h => h.Id).Order())}");
        }

        return all;
    }

    private static async Task AddManyAsync(SearchHarness harness, int from, int count)
    {
        await using var db = harness.Database.CreateContext();
        for (int i = from; i < from + count; i++)
        {
            string topic = i % 2 == 0 ? "锂电池极片缺陷检测" : "注塑件缩痕工艺优化";
            db.Achievements.Add(new Achievement { Title = $"{topic} 编号{i}", Abstract = $"{topic}的第{i}项成果，检出率 ≥ {90 + (i % 10)}%。", Trl = 1 + (i % 9), Keywords = [] });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Cancels at the first progress report: the rebuild dies mid-way, after its folder has files.</summary>
    private sealed class CancelOnFirstReport(CancellationTokenSource source) : IProgress<string>
    {
        public void Report(string value) => source.Cancel();
    }

    private static async Task PublishAsync(SearchHarness harness, string title, string text)
    {
        using var scope = harness.Scope();
        await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = title, Abstract = text, Trl = 6, Keywords = [] }, default);
    }
}
