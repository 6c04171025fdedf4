namespace Matchmaking.Core.Notifications;

/// <summary>What one digest run did.</summary>
/// <param name="Due">Active subscriptions due now with something new in the index.</param>
/// <param name="Searched">Of those, subscriptions whose window held listings of the kinds they want (one pipeline run each).</param>
/// <param name="Notified">Subscriptions that got a digest notification.</param>
/// <param name="Delivered">(subscription, listing) pairs delivered.</param>
/// <param name="Contended">Subscriptions another run (a retry, another host) had already moved on; left to it.</param>
/// <param name="SearchTime">Time spent in the pipeline, of the whole run.</param>
public sealed record DigestSummary(int Due, int Searched, int Notified, int Delivered, int Contended, TimeSpan SearchTime)
{
    public static readonly DigestSummary None = new(0, 0, 0, 0, 0, TimeSpan.Zero);
}
