using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// embedding.json beside a model.onnx: how to turn text into the graph's inputs and its output into one
/// vector. <see cref="Kind"/> "bert" = WordPiece ids → last_hidden_state → pooling; "hashed-ngrams" =
/// the project's own model (hashed character 1+2-gram buckets → weighted bag → projection).
/// </summary>
public sealed record EmbeddingModelDescriptor
{
    public const string FileName = "embedding.json";
    public const string BertKind = "bert";
    public const string HashedNgramsKind = "hashed-ngrams";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep 中文 and + readable
    };

    public string Name { get; init; } = "";
    public string Kind { get; init; } = BertKind;
    public string Model { get; init; } = "model.onnx";

    /// <summary>"wordpiece" (vocab.txt or a Hugging Face tokenizer.json) or "hashed-char-ngrams".</summary>
    public string Tokenizer { get; init; } = "wordpiece";

    /// <summary>vocab.txt or tokenizer.json, relative to the model folder (bert only).</summary>
    public string? Vocabulary { get; init; } = "vocab.txt";

    public bool LowerCase { get; init; } = true;

    /// <summary>"mean" (masked mean of last_hidden_state) or "cls" (bge uses CLS).</summary>
    public string Pooling { get; init; } = "mean";

    public int MaxLength { get; init; } = 256;
    public int Dimension { get; init; }
    public bool Normalize { get; init; } = true;
    public string QueryPrefix { get; init; } = "";
    public string DocumentPrefix { get; init; } = "";

    /// <summary>Hash buckets of the input vector (hashed-ngrams only).</summary>
    public int Buckets { get; init; }

    /// <summary>What the model was trained on, for the record (hashed-ngrams only).</summary>
    public string? TrainedOn { get; init; }

    public static EmbeddingModelDescriptor Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No {FileName} in {folder}", path);
        }

        var descriptor = JsonSerializer.Deserialize<EmbeddingModelDescriptor>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty");
        return descriptor.Dimension > 0 ? descriptor : throw new InvalidDataException($"{path}: dimension must be > 0");
    }

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));
}
