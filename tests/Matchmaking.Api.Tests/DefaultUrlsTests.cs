using Matchmaking.Api.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Matchmaking.Api.Tests;

/// <summary>http://localhost:5080 applies only when neither ASPNETCORE_URLS nor ASPNETCORE_HTTP_PORTS (or their keys) say where to listen.</summary>
public sealed class DefaultUrlsTests
{
    [Fact]
    public void Build_NothingConfigured_LocalhostDefault()
    {
        Assert.Equal(DefaultUrls.Default, Urls([]));
    }

    [Fact]
    public void Build_UrlsGiven_Kept()
    {
        Assert.Equal("http://+:8088", Urls(["--urls=http://+:8088"]));
    }

    [Fact]
    public void Build_HttpPortsGiven_NoDefaultUrls()
    {
        // ASPNETCORE_HTTP_PORTS=8080 (the .NET container images' default) arrives as the http_ports key.
        Assert.True(string.IsNullOrEmpty(Urls(["--http_ports=8080"])));
    }

    private static string? Urls(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args).UseDefaultUrlsUnlessConfigured();
        return builder.Configuration["urls"];
    }
}
