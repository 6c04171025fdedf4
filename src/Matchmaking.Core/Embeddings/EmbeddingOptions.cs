using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Embeddings;

/// <summary>Which embedding model (if any) the service loads.</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embeddings";

    /// <summary>
    /// Model folder (model.onnx + embedding.json [+ vocab]), relative to the content root; empty = no
    /// embeddings. Empty by default: no model measured here lifts Chinese matching (README, Reranking).
    /// </summary>
    public string ModelPath { get; set; } = "";

    [Range(1, 1024)]
    public int BatchSize { get; set; } = 32;

    /// <summary>The embedding retrain skips (and says why) with fewer listings than this: LSA needs far more listings than dimensions.</summary>
    [Range(2, 10_000_000)]
    public int RetrainMinListings { get; set; } = 200;
}
