namespace Matchmaking.Core.Search.Index;

/// <summary>
/// The index root holds one folder per build and a small pointer file naming the live one. A rebuild
/// writes a new folder and then replaces the pointer with an atomic rename, so a crash at any moment
/// leaves either the old or the new index live, never half of one.
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string PointerFile = "CURRENT";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The live index folder, or null when none was ever switched in.</summary>
    public string? Current()
    {
        string pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        string name = File.ReadAllText(pointer).Trim();
        return name.Length == 0 ? null : Path.Combine(Root, name);
    }

    public string NewFolder(DateTimeOffset now)
    {
        Directory.CreateDirectory(Root);
        string name = $"listings-{now:yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        return Path.Combine(Root, name);
    }

    public void SwitchTo(string folder)
    {
        string pointer = Path.Combine(Root, PointerFile);
        string temp = pointer + ".tmp";
        File.WriteAllText(temp, Path.GetFileName(folder));
        File.Move(temp, pointer, overwrite: true);
    }

    /// <summary>Deletes every build folder except the live one (old builds and abandoned half-builds).</summary>
    public void DeleteStale()
    {
        string? current = Current();
        foreach (string folder in Directory.EnumerateDirectories(Root, "listings-*"))
        {
            if (!string.Equals(folder, current, StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold files of the old index open; the next cleanup removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above on platforms that report open files this way.
        }
    }
}
