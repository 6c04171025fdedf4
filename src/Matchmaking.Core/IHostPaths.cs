namespace Matchmaking.Core;

/// <summary>Resolves the relative paths of options (index root, seed data, models) against the data root.</summary>
public interface IHostPaths
{
    /// <summary>The folder that holds seed-data/, indexes/ and onnx-models/.</summary>
    string Root { get; }

    string Resolve(string path);
}
