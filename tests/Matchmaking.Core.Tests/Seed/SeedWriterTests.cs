using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

public sealed class SeedWriterTests
{
    private static readonly SeedSize Small = SeedSize.ForListings(600);

    [Fact]
    public async Task WriteAsync_SameSeedTwice_WritesIdenticalBytes()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Sub("a"), Small, 7, null, CancellationToken.None);
        await SeedWriter.WriteAsync(temp.Sub("b"), Small, 7, null, CancellationToken.None);

        string[] files = Files(temp.Sub("a"));
        Assert.Equal(20, files.Length);
        Assert.Equal(files, Files(temp.Sub("b")));
        foreach (string file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp.Sub("a"), file)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Sub("b"), file))),
                $"{file} differs between two runs with the same seed");
        }
    }

    [Fact]
    public async Task WriteAsync_OtherSeed_WritesOtherRecords()
    {
        using var temp = new TempDirectory();
        await SeedWriter.WriteAsync(temp.Sub("a"), Small, 7, null, CancellationToken.None);
        await SeedWriter.WriteAsync(temp.Sub("b"), Small, 8, null, CancellationToken.None);

        Assert.NotEqual(
            File.ReadAllText(Path.Combine(temp.Sub("a"), SeedWriter.Demands)),
            File.ReadAllText(Path.Combine(temp.Sub("b"), SeedWriter.Demands)));
    }

    [Fact]
    public async Task WriteAsync_Always_ReportsEveryTenthAndSummarises()
    {
        using var temp = new TempDirectory();
        var reports = new List<string>();

        SeedSummary summary = await SeedWriter.WriteAsync(temp.Path, Small, 7, new InlineProgress(reports), CancellationToken.None);

        Assert.Equal(10, reports.Count);
        Assert.StartsWith("seed: 10%", reports[0], StringComparison.Ordinal);
        Assert.StartsWith("seed: 100%", reports[^1], StringComparison.Ordinal);
        Assert.Equal(Small.Demands, summary.AchievementQueries);
        Assert.InRange(summary.AchievementQrels, Small.Demands, 3 * Small.Demands);
    }

    [Fact]
    public async Task WriteAsync_TwentyThousandListings_StreamsEveryRecord()
    {
        using var temp = new TempDirectory();
        SeedSize size = SeedSize.ForListings(20_000);

        await SeedWriter.WriteAsync(temp.Path, size, 11, null, CancellationToken.None);

        Assert.Equal(size.Enterprises, Lines(Path.Combine(temp.Path, SeedWriter.Enterprises)));
        Assert.Equal(size.Demands, Lines(Path.Combine(temp.Path, SeedWriter.Demands)));
        Assert.Equal(size.Achievements, Lines(Path.Combine(temp.Path, SeedWriter.Achievements)));
        Assert.Equal(size.Experts, Lines(Path.Combine(temp.Path, SeedWriter.Experts)));
        Assert.Equal(size.Achievements, Lines(Path.Combine(temp.Path, "eval", "achievements", "corpus.jsonl")));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void ForListings_LargeTotal_KeepsDefaultProportions(int total)
    {
        SeedSize size = SeedSize.ForListings(total);

        Assert.InRange(size.Listings, total - 4, total + 4);
        Assert.Equal(3.0, (double)size.Achievements / size.Demands, 2);
        Assert.Equal(0.5, (double)size.Enterprises / size.Demands, 2);
    }

    private static string[] Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static int Lines(string path) => File.ReadLines(path).Count();

    // Progress<T> posts to the thread pool; the test needs the reports in order and complete.
    private sealed class InlineProgress(List<string> reports) : IProgress<string>
    {
        public void Report(string value) => reports.Add(value);
    }
}
