namespace Matchmaking.Core.Embeddings;

/// <summary>Turns a batch of (already prefixed) texts into vectors; one per model kind.</summary>
internal interface ITextEncoder : IDisposable
{
    int Dimension { get; }

    /// <summary>Vectors for <paramref name="texts"/>, in order, pooled (and normalised when the descriptor says so).</summary>
    float[][] Encode(IReadOnlyList<string> texts);
}
