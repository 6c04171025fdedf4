using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matchmaking.Core.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>Embedding model, chat endpoint (when configured) and the Semantic Kernel that exposes them.</summary>
    public static IServiceCollection AddMatchmakingAi(this IServiceCollection services)
    {
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<EmbeddingProvider>();
        services.TryAddSingleton<KernelFactory>();
        services.AddTransient(sp => sp.GetRequiredService<KernelFactory>().Create());
        return services;
    }
}
