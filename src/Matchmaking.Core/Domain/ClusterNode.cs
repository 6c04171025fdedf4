namespace Matchmaking.Core.Domain;

/// <summary>The last state a node reported about its own replica (its heartbeat), for the cluster view and health.</summary>
public sealed class ClusterNode
{
    public string Name { get; set; } = "";

    /// <summary>The folder name of the live index (changes with every rebuild).</summary>
    public string IndexGeneration { get; set; } = "";

    /// <summary>The change-log sequence the node's index has applied and committed.</summary>
    public long AppliedSequence { get; set; }

    public int Documents { get; set; }

    /// <summary>The last broadcast command the node handled.</summary>
    public long LastCommand { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
