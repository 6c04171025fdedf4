using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Embeddings;

public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>The embedding model (off unless <see cref="EmbeddingOptions.ModelPath"/> is set) and the document vector cache; idempotent.</summary>
    public static IServiceCollection AddMatchmakingEmbeddings(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(EmbeddingProvider)))
        {
            return services;
        }

        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EmbeddingProvider>();
        services.AddSingleton<DocumentEmbeddings>();
        return services;
    }
}
