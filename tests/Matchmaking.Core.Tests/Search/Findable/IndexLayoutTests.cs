using Lucene.Net.Index;
using Lucene.Net.Store;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>An index written before the current layout (no patent codes) is rebuilt at start-up, so a patent number finds its listing.</summary>
public sealed class IndexLayoutTests
{
    [Fact]
    public async Task EnsureReady_IndexOfEarlierLayout_RebuiltAndFindsPatentNumber()
    {
        using var harness = new SearchHarness();
        using (var scope = harness.Scope())
        {
            await harness.Listings(scope).PublishAchievementAsync(new Achievement { Title = "锂电池回收", Abstract = "湿法冶金回收钴镍。", Trl = 6, Keywords = [], IpNumber = "ZL202310123456.7" }, default);
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        string folder = harness.Index.Folder!;
        harness.Restart();
        ForgetLayout(folder);

        await harness.Maintenance.EnsureReadyAsync(null, default);

        Assert.NotEqual(folder, harness.Index.Folder);
        Assert.Equal(1, (await harness.Pipeline.RunAsync(new SearchRequest("202310123456", []), default)).TotalCount);
    }

    /// <summary>Commits the index again with only the sequence in its user data, as every commit before the layout key did.</summary>
    private static void ForgetLayout(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ListingAnalyzer.Version, ListingAnalyzer.Create()));
        var data = writer.CommitData.Where(p => p.Key != IndexLayout.Key).ToDictionary(p => p.Key, p => p.Value);
        writer.SetCommitData(data); // counts as a change, so Commit writes a new commit point
        writer.Commit();
        Assert.False(ListingIndex.Verify(folder));
    }
}
