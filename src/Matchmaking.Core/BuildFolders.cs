namespace Matchmaking.Core;

/// <summary>
/// What the index and the model folders share: builds live in sibling folders and a small CURRENT file
/// names the live one. The pointer is replaced with an atomic rename, so a crash at any moment leaves the
/// old build or the new one live, never half of one.
/// </summary>
internal static class BuildFolders
{
    public const string PointerFile = "CURRENT";

    /// <summary>The folder CURRENT in <paramref name="root"/> names, or null when there is none.</summary>
    public static string? ReadPointer(string root)
    {
        string pointer = Path.Combine(root, PointerFile);
        string name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        return name.Length == 0 ? null : Path.Combine(root, name);
    }

    /// <summary>Points CURRENT in <paramref name="root"/> at <paramref name="folder"/> (a write to a temp file, then a rename).</summary>
    public static void SwitchTo(string root, string folder)
    {
        string pointer = Path.Combine(root, PointerFile);
        string temp = pointer + ".tmp";
        File.WriteAllText(temp, Path.GetFileName(folder));
        File.Move(temp, pointer, overwrite: true);
    }

    /// <summary>A new build folder's path: the prefix, the time and a random suffix, so names sort by age.</summary>
    public static string NewPath(string root, string prefix, DateTimeOffset now) =>
        Path.Combine(root, $"{prefix}{now:yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>
    /// Deletes an old build. A reader may still hold its files open (an index searcher, or a platform that
    /// refuses to delete open files); the switch has already happened, so the next cleanup removes it.
    /// </summary>
    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Same, on platforms that report open files this way.
        }
    }
}
