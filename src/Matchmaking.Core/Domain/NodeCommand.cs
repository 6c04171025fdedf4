namespace Matchmaking.Core.Domain;

/// <summary>What every node is asked to do to its own replica or models.</summary>
public enum NodeCommandKind { Rebuild, ReloadModel }

/// <summary>
/// One broadcast to every node (a node duty): each node reads the commands past the last one it handled
/// and runs them against its own index and models. PostgreSQL NOTIFY wakes the nodes; polling is the net.
/// </summary>
public sealed class NodeCommand
{
    /// <summary>Monotonic id assigned by the database; a node handles commands in this order.</summary>
    public long Id { get; set; }

    public NodeCommandKind Kind { get; set; }

    /// <summary>The model a <see cref="NodeCommandKind.ReloadModel"/> names ("ranker", "embeddings"); empty otherwise.</summary>
    public string Argument { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Who asked: a user subject, or the node name for a job's own broadcast.</summary>
    public string RequestedBy { get; set; } = "";
}
