using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Insights;

/// <summary>analytics: admins see the whole platform, brokers only their own matches, everyone else is FORBIDDEN.</summary>
internal static class AnalyticsQueryFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AnalyticsGraphType>>("analytics")
            .Description("Admins: the platform's funnel for a period (平台统计): demands posted and matched, matches per stage, rejections by reason, conversion and median days per step, deal value and settled revenue by role. Brokers: the same over their own matches.")
            .Argument<NonNullGraphType<AnalyticsFilterGraphType>>("filter", "The period and the grouping.")
            .ResolveAsync(async ctx =>
            {
                var f = ctx.Input("filter");
                var request = new AnalyticsRequest(
                    f.Value<DateTimeOffset>("from") ?? default,
                    f.Value<DateTimeOffset>("to") ?? default,
                    f.Value<AnalyticsGrouping>("groupBy") ?? AnalyticsGrouping.Month,
                    BrokerScope(ctx.Viewer()));
                return await ctx.Service<AnalyticsService>().RunAsync(request, ctx.CancellationToken);
            });
    }

    /// <summary>Null for an admin (every match); the broker's subject for a broker; FORBIDDEN for anyone else.</summary>
    public static string? BrokerScope(Viewer viewer)
    {
        Access.RequireRole(viewer, Roles.Broker);
        return viewer.IsAdmin ? null : viewer.Subject;
    }
}
