namespace Matchmaking.Core.Notifications;

/// <summary>What one webhook dispatcher run did.</summary>
public sealed record WebhookRunSummary(int Sent, int Failed, int EndpointsDisabled);
