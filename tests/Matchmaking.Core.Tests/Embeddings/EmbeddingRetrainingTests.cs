using Matchmaking.Core.Domain;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Embeddings.Training;
using Matchmaking.Core.Tests.Search;

namespace Matchmaking.Core.Tests.Embeddings;

/// <summary>The embedding retrain over the listings of a real SQLite file, switched in and served by ONNX Runtime.</summary>
public sealed class EmbeddingRetrainingTests
{
    private static readonly string[] Words = ["锂电池", "缺陷检测", "注塑", "模具", "光伏", "隐裂", "齿轮箱", "故障诊断", "膜污染", "封装", "热管理", "农残", "机器视觉", "深度学习", "传感器", "控制算法"];

    [Fact]
    public async Task RunAsync_EnoughListings_NewModelLiveReloadedAndDocumentsReembedded()
    {
        using var harness = await SeedAsync(listings: 120, minListings: 100);
        var location = new ModelLocation(Path.Combine(harness.Root, "models", "embed"));
        var provider = harness.Get<EmbeddingProvider>();
        Assert.Null(provider.Current);

        var first = await harness.Get<EmbeddingRetraining>().RunAsync(default);

        Assert.True(first.Trained, first.Detail);
        Assert.Equal(120, first.Examples);
        Assert.Contains("re-embedded 120", first.Detail);
        Assert.Equal(first.Folder, location.Live());
        Assert.Equal(first.Folder, provider.Current?.Folder);
        float[] vector = provider.Current!.Encode(["锂电池缺陷检测"], query: true)[0];
        Assert.Equal(64, vector.Length);

        var second = await harness.Get<EmbeddingRetraining>().RunAsync(default);

        Assert.True(second.Trained, second.Detail);
        Assert.NotEqual(first.Folder, second.Folder);
        Assert.Equal(second.Folder, provider.Current?.Folder);
    }

    [Fact]
    public async Task RunAsync_TooFewListings_SkipsWithReason()
    {
        using var harness = await SeedAsync(listings: 20, minListings: 100);

        var result = await harness.Get<EmbeddingRetraining>().RunAsync(default);

        Assert.False(result.Trained);
        Assert.Contains("20 listings, fewer than Embeddings:RetrainMinListings (100)", result.Detail);
        Assert.Null(harness.Get<EmbeddingProvider>().Current);
    }

    private static async Task<SearchHarness> SeedAsync(int listings, int minListings)
    {
        var harness = new SearchHarness(new Dictionary<string, string?>
        {
            ["Embeddings:ModelPath"] = "models/embed",
            ["Embeddings:RetrainMinListings"] = minListings.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var random = new Random(5);
        using (var scope = harness.Scope())
        {
            var service = harness.Listings(scope);
            for (int i = 0; i < listings; i++)
            {
                string a = Words[random.Next(Words.Length)], b = Words[random.Next(Words.Length)], c = Words[random.Next(Words.Length)];
                await service.PublishAchievementAsync(new Achievement
                {
                    Title = $"{a}{b}技术{i}", Abstract = $"面向{a}与{c}的{b}方法，适用于{Words[i % Words.Length]}场景。", Trl = 5, Keywords = [a, c],
                }, default);
            }
        }

        await harness.Maintenance.EnsureReadyAsync(null, default);
        return harness;
    }
}
