using System.ClientModel;
using Matchmaking.Core.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Matchmaking.Core.Ai;

/// <summary>
/// Builds the Semantic Kernel <see cref="Kernel"/> where the AI features plug in: the embedding generator
/// when a model is configured, a chat client when an endpoint is (or one registered in DI, as tests do),
/// and the project's plug-ins. A kernel is cheap to build, so each use gets a fresh one over shared services.
/// </summary>
public sealed class KernelFactory(EmbeddingProvider embeddings, DemandIntakePlugin intake, IOptions<ChatModelOptions> chatOptions, IServiceProvider services)
{
    private readonly Lazy<IChatClient?> configuredChat = new(() => CreateChat(chatOptions.Value));

    public Kernel Create()
    {
        var builder = Kernel.CreateBuilder();
        if (embeddings.Current is { } generator)
        {
            builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        }

        if ((services.GetService<IChatClient>() ?? configuredChat.Value) is { } chat)
        {
            builder.Services.AddSingleton(chat);
        }

        builder.Plugins.AddFromObject(intake, DemandIntakePlugin.PluginName);
        return builder.Build();
    }

    private static IChatClient? CreateChat(ChatModelOptions options) => options.IsEnabled
        ? new OpenAI.Chat.ChatClient(options.Model, new ApiKeyCredential(options.ApiKey.Length > 0 ? options.ApiKey : "none"), new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint) }).AsIChatClient()
        : null;
}
