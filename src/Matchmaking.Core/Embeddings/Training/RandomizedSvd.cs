namespace Matchmaking.Core.Embeddings.Training;

/// <summary>
/// Top-k right singular vectors of a sparse matrix by randomized range finding with power iterations
/// (Halko, Martinsson, Tropp 2011): a few passes over the rows and an l×l eigenproblem, where a dense
/// SVD of documents × buckets would not fit.
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Right singular vectors as a row-major [columns, k] matrix, and the singular values.</summary>
    public static (float[] Vectors, double[] Values) Right(IReadOnlyList<SparseRow> rows, int columns, int k, int oversample = 10, int iterations = 3, int seed = 17)
    {
        int l = Math.Min(k + oversample, Math.Min(rows.Count, columns));
        var random = new Random(seed);
        var omega = new double[l][];
        for (int c = 0; c < l; c++)
        {
            omega[c] = new double[columns];
            for (int j = 0; j < columns; j++)
            {
                // Box–Muller: Gaussian test vectors.
                omega[c][j] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            }
        }

        var y = Orthonormalize(Times(rows, omega));
        for (int q = 0; q < iterations; q++)
        {
            y = Orthonormalize(Times(rows, Orthonormalize(TransposeTimes(rows, y, columns))));
        }

        var b = TransposeTimes(rows, y, columns); // Qᵀ X, as l rows of length columns
        var gram = new double[l, l];
        for (int i = 0; i < l; i++)
        {
            for (int j = i; j < l; j++)
            {
                gram[i, j] = gram[j, i] = Dot(b[i], b[j]);
            }
        }

        var (values, u) = SymmetricEigen.Decompose(gram);
        int take = Math.Min(k, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).Take(take).ToArray();
        var vectors = new float[columns * k];
        var singular = new double[k];
        for (int t = 0; t < take; t++)
        {
            int e = order[t];
            singular[t] = Math.Sqrt(Math.Max(values[e], 0));
            if (singular[t] < 1e-12)
            {
                continue;
            }

            for (int j = 0; j < columns; j++)
            {
                double sum = 0;
                for (int c = 0; c < l; c++)
                {
                    sum += b[c][j] * u[c, e];
                }

                vectors[j * k + t] = (float)(sum / singular[t]);
            }
        }

        return (vectors, singular);
    }

    /// <summary>X · M for M given as columns: one result column (length rows) per input column.</summary>
    private static double[][] Times(IReadOnlyList<SparseRow> rows, double[][] m)
    {
        var result = new double[m.Length][];
        Parallel.For(0, m.Length, c =>
        {
            var column = new double[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                double sum = 0;
                for (int i = 0; i < row.Indices.Length; i++)
                {
                    sum += row.Values[i] * m[c][row.Indices[i]];
                }

                column[r] = sum;
            }

            result[c] = column;
        });
        return result;
    }

    /// <summary>Xᵀ · Y for Y given as columns of length rows.</summary>
    private static double[][] TransposeTimes(IReadOnlyList<SparseRow> rows, double[][] y, int columns)
    {
        var result = new double[y.Length][];
        Parallel.For(0, y.Length, c =>
        {
            var column = new double[columns];
            for (int r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                double weight = y[c][r];
                for (int i = 0; i < row.Indices.Length; i++)
                {
                    column[row.Indices[i]] += row.Values[i] * weight;
                }
            }

            result[c] = column;
        });
        return result;
    }

    /// <summary>Modified Gram–Schmidt, twice for stability; a column that vanishes is left zero.</summary>
    private static double[][] Orthonormalize(double[][] columns)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                for (int p = 0; p < c; p++)
                {
                    double projection = Dot(columns[c], columns[p]);
                    for (int i = 0; i < columns[c].Length; i++)
                    {
                        columns[c][i] -= projection * columns[p][i];
                    }
                }

                double norm = Math.Sqrt(Dot(columns[c], columns[c]));
                for (int i = 0; i < columns[c].Length; i++)
                {
                    columns[c][i] = norm > 1e-12 ? columns[c][i] / norm : 0;
                }
            }
        }

        return columns;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
