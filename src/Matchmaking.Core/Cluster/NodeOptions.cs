using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Cluster;

/// <summary>
/// This node's identity and the pace of its node duties. Every API process is a node with its own index
/// (Search:IndexRoot) that tails the shared change log; the name tells the nodes apart in the cluster view.
/// </summary>
public sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary>The node's name; the machine's name when empty.</summary>
    [MaxLength(100)]
    public string Name { get; set; } = "";

    /// <summary>How often the node catches its index up without being woken (the safety net behind NOTIFY and the in-process trigger).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the node looks for broadcast commands without being woken, and reports its state (heartbeat).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A node not heard from for this long shows as not alive in the cluster view.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AliveWindow { get; set; } = TimeSpan.FromSeconds(30);

    public string ResolvedName => string.IsNullOrWhiteSpace(Name) ? Environment.MachineName : Name;
}
