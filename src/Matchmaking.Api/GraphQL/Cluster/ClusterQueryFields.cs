using GraphQL.Types;
using Matchmaking.Api.GraphQL.Ledger;
using Matchmaking.Core.Cluster;
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
                LedgerAccess.RequireAdmin(ctx);
                await using var scope = ctx.RequestServices!.CreateAsyncScope();
                var queries = scope.ServiceProvider.GetRequiredService<ClusterQueries>();
                var nodes = await queries.NodesAsync(ctx.CancellationToken);
                long head = await queries.HeadSequenceAsync(ctx.CancellationToken);
                string name = scope.ServiceProvider.GetRequiredService<IOptions<NodeOptions>>().Value.ResolvedName;
                return new ClusterView(name, head, nodes);
            });
    }
}
