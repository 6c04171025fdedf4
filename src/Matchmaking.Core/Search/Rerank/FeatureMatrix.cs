namespace Matchmaking.Core.Search.Rerank;

/// <summary>One row of <see cref="RerankFeatures.All"/> per candidate, in candidate order.</summary>
public sealed record FeatureMatrix(float[][] Rows)
{
    public float this[int row, string feature] => Rows[row][RerankFeatures.IndexOf(feature)];
}
