using Microsoft.Extensions.AI;

namespace Matchmaking.Core.Tests.Ai;

/// <summary>A chat model that answers with a fixed text and remembers what it was asked; no network, no key.</summary>
public sealed class FakeChatClient(string reply) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add(messages.ToList());
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)) { ModelId = "fake" });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("intake does not stream");

    // Semantic Kernel asks for the metadata when it wraps the client.
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("fake", null, "fake") : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
