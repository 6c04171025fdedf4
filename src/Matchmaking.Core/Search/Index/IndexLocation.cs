namespace Matchmaking.Core.Search.Index;

/// <summary>
/// The index root holds one folder per build and a small pointer file naming the live one. A rebuild
/// writes a new folder and then replaces the pointer with an atomic rename, so a crash at any moment
/// leaves either the old or the new index live, never half of one.
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string BuildPrefix = "listings-";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The live index folder, or null when none was ever switched in.</summary>
    public string? Current() => BuildFolders.ReadPointer(Root);

    public string NewFolder(DateTimeOffset now)
    {
        Directory.CreateDirectory(Root);
        return BuildFolders.NewPath(Root, BuildPrefix, now);
    }

    public void SwitchTo(string folder) => BuildFolders.SwitchTo(Root, folder);

    /// <summary>Deletes every build folder except the live one (old builds and abandoned half-builds).</summary>
    public void DeleteStale()
    {
        string? current = Current();
        foreach (string folder in Directory.EnumerateDirectories(Root, BuildPrefix + "*"))
        {
            if (!string.Equals(folder, current, StringComparison.Ordinal))
            {
                BuildFolders.TryDelete(folder);
            }
        }
    }
}
