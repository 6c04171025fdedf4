using Matchmaking.Core.Embeddings.Training;

namespace Matchmaking.Core.Tests.Embeddings;

public sealed class RandomizedSvdTests
{
    [Fact]
    public void Right_ExactRankThree_RecoversValuesAndVectors()
    {
        // X = 5·u1 e0ᵀ + 3·u2 e1ᵀ + 1·u3 e2ᵀ with orthonormal u over 6 rows: right vectors are e0, e1, e2.
        double[][] u = [[1, 1, 1, 1, 1, 1], [1, -1, 1, -1, 1, -1], [1, 1, -1, -1, 0, 0]];
        double[] sigma = [5, 3, 1];
        var rows = new List<SparseRow>();
        for (int r = 0; r < 6; r++)
        {
            var values = new float[3];
            for (int k = 0; k < 3; k++)
            {
                double norm = Math.Sqrt(u[k].Sum(x => x * x));
                values[k] = (float)(sigma[k] * u[k][r] / norm);
            }

            rows.Add(new SparseRow([0, 1, 2], values));
        }

        var (vectors, singular) = RandomizedSvd.Right(rows, columns: 10, k: 2, oversample: 2);

        Assert.Equal(5, singular[0], 4);
        Assert.Equal(3, singular[1], 4);
        Assert.Equal(1, Math.Abs(vectors[0 * 2 + 0]), 4);
        Assert.Equal(1, Math.Abs(vectors[1 * 2 + 1]), 4);
    }
}
