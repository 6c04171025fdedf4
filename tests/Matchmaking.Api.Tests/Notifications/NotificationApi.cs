using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.Api.Tests.Notifications;

/// <summary>The bare service with an unsubscribe signing key, so that digest links work.</summary>
public sealed class NotificationApi() : BareApi(StorageProvider.Sqlite)
{
    public const string SigningKey = "api-test-signing-key-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:SigningKey", SigningKey);
    }
}
