namespace Matchmaking.Core.Embeddings.Training;

/// <summary>One document's non-zero tf-idf weights by bucket.</summary>
internal readonly record struct SparseRow(int[] Indices, float[] Values);
