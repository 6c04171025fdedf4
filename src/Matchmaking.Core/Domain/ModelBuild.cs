namespace Matchmaking.Core.Domain;

/// <summary>
/// A retrained model as published by the node that trained it: the build folder zipped, so that every
/// other node can put the same build beside its own live model and switch to it.
/// </summary>
public sealed class ModelBuild
{
    public long Id { get; set; }

    /// <summary>Which model: "ranker" or "embeddings".</summary>
    public string Model { get; set; } = "";

    /// <summary>The build folder's name (build-…), the same on every node.</summary>
    public string Folder { get; set; } = "";

    public byte[] Archive { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
