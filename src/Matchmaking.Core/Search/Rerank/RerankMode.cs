namespace Matchmaking.Core.Search.Rerank;

/// <summary>Which reranker the pipeline uses.</summary>
public enum RerankMode
{
    /// <summary>Keep the BM25 order.</summary>
    Lexical,

    /// <summary>Features over the candidate pool, scored by the ONNX scorer when one is present, else a hand-tuned fusion.</summary>
    Hybrid,
}
