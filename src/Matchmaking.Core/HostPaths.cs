namespace Matchmaking.Core;

/// <summary>
/// Paths relative to a data root. The root is the first folder, walking up from the content root,
/// that holds seed-data/: so `dotnet run --project src/Matchmaking.Api` from anywhere in the clone
/// finds the repository's folders, and a container finds its own copy.
/// </summary>
public sealed class HostPaths(string root) : IHostPaths
{
    public string Root { get; } = Path.GetFullPath(root);

    public static HostPaths Discover(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new HostPaths(Path.GetFullPath(configured, contentRoot));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seed-data")))
            {
                return new HostPaths(dir.FullName);
            }
        }

        return new HostPaths(contentRoot);
    }

    public string Resolve(string path) => Path.GetFullPath(path, Root);
}
