using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Core.Tests.Notifications;

/// <summary>A real HTTP listener (Kestrel on 127.0.0.1, a free port) that records each webhook call and answers a chosen status.</summary>
internal sealed class TestWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestWebhookReceiver(WebApplication app) => this.app = app;

    public sealed record Call(IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The status every call is answered with.</summary>
    public int Status { get; set; } = 200;

    public string Url { get; private set; } = "";

    public static async Task<TestWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new TestWebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            string body = await reader.ReadToEndAsync();
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver.Calls.Enqueue(new Call(headers, body, DateTimeOffset.UtcNow));
            return Results.StatusCode(receiver.Status);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
