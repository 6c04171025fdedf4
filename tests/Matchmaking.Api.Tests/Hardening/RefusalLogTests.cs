using System.Collections.Concurrent;
using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaking.Api.Tests.Hardening;

/// <summary>Keeps every log line the service writes, so a test can say one was written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Nothing to release: the lines live as long as the factory that reads them.</summary>
    public void Dispose() => GC.SuppressFinalize(this);

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((category, logLevel, formatter(state, exception)));
    }
}

/// <summary>The service with its log lines captured.</summary>
public sealed class LoggedApi() : BareApi(StorageProvider.Sqlite)
{
    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

public sealed class RefusalLogTests(LoggedApi api) : IClassFixture<LoggedApi>
{
    [Fact]
    public async Task Query_ListLiteral1000Deep_QueryTooDeepAndALogLine()
    {
        string doc = "{ search(text: \"x\", kinds: " + new string('[', 1000) + new string(']', 1000) + ") { totalCount } }";

        var result = await api.PostAsync(doc);

        Assert.Equal("QUERY_TOO_DEEP", result.Code());
        Assert.Contains(api.Logs.Lines, l => l.Category == "Matchmaking.GraphQL" && l.Level == LogLevel.Warning && l.Message.Contains("depth", StringComparison.Ordinal));
    }
}
