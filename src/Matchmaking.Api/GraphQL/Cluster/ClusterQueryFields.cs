using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Search.Index;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL.Cluster;

internal static class ClusterQueryFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClusterGraphType>>("cluster")
            .Description("Admins: every node's index generation, applied change-log sequence and lag.")
            .ResolveAsync(async ctx =>
            {
                Access.RequireRole(ctx.Viewer());
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var (head, nodes) = await scope.ServiceProvider.GetRequiredService<ClusterQueries>().NodesAsync(ctx.CancellationToken);
                string name = scope.ServiceProvider.GetRequiredService<IOptions<NodeOptions>>().Value.ResolvedName;
                var rebuild = scope.ServiceProvider.GetRequiredService<IndexMaintenance>().Rebuilding;
                return new ClusterView(name, head, nodes, rebuild);
            });
    }
}
