using Matchmaking.Core.Ai;
using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Matchmaking.Core.Tests.Embeddings;

public sealed class KernelFactoryTests(MiniLmModel model) : IClassFixture<MiniLmModel>
{
    [Fact]
    public async Task Create_ModelConfigured_KernelEmbedsThroughGenerator()
    {
        using var provider = Services(model.Folder);

        var kernel = provider.GetRequiredService<Kernel>();
        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embedding = await generator.GenerateAsync("sink marks on molded parts");

        Assert.Equal(384, embedding.Vector.Length);
    }

    [Fact]
    public void Create_NoModel_KernelHasNoGenerator()
    {
        using var provider = Services("");

        var kernel = provider.GetRequiredService<Kernel>();

        Assert.Null(kernel.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    private static ServiceProvider Services(string modelPath)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{EmbeddingOptions.Section}:{nameof(EmbeddingOptions.ModelPath)}"] = modelPath,
        }).Build());
        services.AddLogging();
        services.AddSingleton<IHostPaths>(new HostPaths(Path.GetTempPath()));
        services.AddMatchmakingAi();
        return services.BuildServiceProvider();
    }
}
