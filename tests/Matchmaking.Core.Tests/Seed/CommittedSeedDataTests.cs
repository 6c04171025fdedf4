using System.Runtime.CompilerServices;
using Matchmaking.Core.Seed;

namespace Matchmaking.Core.Tests.Seed;

public sealed class CommittedSeedDataTests
{
    [Fact]
    public void SeedData_Committed_HoldsTheDefaultCounts()
    {
        string folder = SeedDataFolder();
        SeedSize size = SeedSize.Default;

        Assert.Equal(size.Institutions, Lines(Path.Combine(folder, SeedWriter.Institutions)));
        Assert.Equal(size.Enterprises, Lines(Path.Combine(folder, SeedWriter.Enterprises)));
        Assert.Equal(size.Demands, Lines(Path.Combine(folder, SeedWriter.Demands)));
        Assert.Equal(size.Achievements, Lines(Path.Combine(folder, SeedWriter.Achievements)));
        Assert.Equal(size.Experts, Lines(Path.Combine(folder, SeedWriter.Experts)));
        Assert.Equal(size.Achievements, Lines(Path.Combine(folder, "eval", "achievements", "corpus.jsonl")));
        Assert.Equal(size.Experts, Lines(Path.Combine(folder, "eval", "experts", "corpus.jsonl")));
    }

    [Fact]
    public async Task SeedData_Regenerated_IsByteIdenticalToTheCommittedSet()
    {
        // A change to the generator or the domain shows up here: regenerate with the seed verb and commit.
        string committed = SeedDataFolder();
        using var temp = new TempDirectory();

        await SeedWriter.WriteAsync(temp.Path, SeedSize.Default, SeedGenerator.DefaultSeed, null, CancellationToken.None);

        foreach (string file in Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(temp.Path, file);
            Assert.True(
                File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(committed, relative))),
                $"seed-data/{relative} differs from what the generator writes");
        }
    }

    private static int Lines(string path) => File.ReadLines(path).Count();

    // The source path, not the output folder: builds may put binaries anywhere (--artifacts-path).
    private static string SeedDataFolder([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Matchmaking.sln")))
            {
                return Path.Combine(dir.FullName, "seed-data");
            }
        }

        throw new DirectoryNotFoundException($"no Matchmaking.sln above {source}");
    }
}
