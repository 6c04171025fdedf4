using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Matchmaking.Core.Ai;

/// <summary>
/// Builds the Semantic Kernel <see cref="Kernel"/> where the AI features plug in: the embedding generator
/// when a model is configured, the chat client when an endpoint is, and the project's plug-ins. A kernel
/// is cheap and not thread-safe to mutate, so each use gets a fresh one over the shared services.
/// </summary>
public sealed class KernelFactory(EmbeddingProvider embeddings, IServiceProvider services)
{
    public Kernel Create()
    {
        var builder = Kernel.CreateBuilder();
        if (embeddings.Current is { } generator)
        {
            builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        }

        if (services.GetService<IChatClient>() is { } chat)
        {
            builder.Services.AddSingleton(chat);
        }

        foreach (var plugin in services.GetServices<KernelPlugin>())
        {
            builder.Plugins.Add(plugin);
        }

        return builder.Build();
    }
}
