using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Subscriptions, the digest runner, in-app notifications, mail (MailKit) and webhooks.</summary>
    public static IServiceCollection AddMatchmakingNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<WebhookClient>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<DigestRunner>();
        services.AddScoped<NotificationService>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookDispatcher>();
        return services;
    }
}
