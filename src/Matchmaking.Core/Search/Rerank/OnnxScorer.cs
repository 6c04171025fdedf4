using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>The learned scorer: an ONNX model over the features its descriptor names, run by ONNX Runtime.</summary>
public sealed class OnnxScorer : IDisposable
{
    private readonly InferenceSession session;
    private readonly string input;
    private readonly string output;
    private readonly int[] columns;

    private OnnxScorer(InferenceSession session, ScorerDescriptor descriptor)
    {
        this.session = session;
        Descriptor = descriptor;
        input = session.InputMetadata.Keys.Single();
        output = session.OutputMetadata.Keys.FirstOrDefault(k => k.StartsWith("Score", StringComparison.Ordinal)) ?? session.OutputMetadata.Keys.First();
        columns = descriptor.Features.Select(name => RerankFeatures.IndexOf(name) is >= 0 and var i
            ? i
            : throw new InvalidDataException($"The scorer reads feature '{name}', which this build does not compute.")).ToArray();
    }

    public ScorerDescriptor Descriptor { get; }

    /// <summary>
    /// Loads the scorer in <paramref name="folder"/>, or returns null when the folder holds none.
    /// <paramref name="threads"/> &gt; 0 pins ONNX Runtime's intra-op threads and turns their spinning off:
    /// on 2 shared cores, spinning threads of concurrent searches fight over the CPU (README, Reranking).
    /// </summary>
    public static OnnxScorer? TryLoad(string folder, int threads = 0)
    {
        string model = Path.Combine(folder, ScorerDescriptor.ModelFileName);
        string descriptorFile = Path.Combine(folder, ScorerDescriptor.FileName);
        if (!File.Exists(model) || !File.Exists(descriptorFile))
        {
            return null;
        }

        var descriptor = JsonSerializer.Deserialize<ScorerDescriptor>(File.ReadAllText(descriptorFile))
            ?? throw new InvalidDataException($"{descriptorFile} is empty.");
        if (descriptor.Version != ScorerDescriptor.CurrentVersion)
        {
            throw new InvalidDataException($"{descriptorFile} has version {descriptor.Version}; this build reads {ScorerDescriptor.CurrentVersion}.");
        }

        using var sessionOptions = new SessionOptions();
        if (threads > 0)
        {
            sessionOptions.IntraOpNumThreads = threads;
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }

        return new OnnxScorer(new InferenceSession(model, sessionOptions), descriptor);
    }

    /// <summary>Scores each row (all of <see cref="RerankFeatures.All"/>); the model sees only its own columns.</summary>
    public float[] Score(IReadOnlyList<float[]> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var data = new float[rows.Count * columns.Length];
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                data[r * columns.Length + c] = rows[r][columns[c]];
            }
        }

        var tensor = new DenseTensor<float>(data, [rows.Count, columns.Length]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor(input, tensor)], [output]);
        return results[0].AsEnumerable<float>().ToArray();
    }

    public void Dispose() => session.Dispose();
}
