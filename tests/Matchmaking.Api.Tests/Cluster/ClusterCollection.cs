namespace Matchmaking.Api.Tests.Cluster;

/// <summary>
/// The cluster tests time replicas against one-second bounds and start nodes as child processes: they run
/// alone, after the parallel tests, so that another test's load does not stand in for the replica's lag.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster";
}
