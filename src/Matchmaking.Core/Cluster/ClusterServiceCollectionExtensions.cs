using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>This process as a node of the cluster: its options, the broadcast, model distribution and node duties.</summary>
    public static IServiceCollection AddMatchmakingCluster(this IServiceCollection services)
    {
        services.AddOptions<NodeOptions>().BindConfiguration(NodeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ClusterBroadcast>();
        services.AddSingleton<ModelDistribution>();
        services.AddSingleton<NodeDuties>();
        services.AddSingleton<ChangeFeedListener>();
        services.AddScoped<ClusterQueries>();
        return services;
    }
}
