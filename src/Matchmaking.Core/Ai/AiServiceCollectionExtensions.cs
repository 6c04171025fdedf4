using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>Embedding model, chat endpoint (when configured), demand intake and the Semantic Kernel that exposes them.</summary>
    public static IServiceCollection AddMatchmakingAi(this IServiceCollection services)
    {
        services.AddMatchmakingEmbeddings();
        services.AddOptions<ChatModelOptions>().BindConfiguration(ChatModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OfflineDemandAnalysis>();
        services.AddSingleton<DemandIntakePlugin>();
        services.AddSingleton<KernelFactory>();
        services.AddTransient(sp => sp.GetRequiredService<KernelFactory>().Create());
        return services;
    }
}
