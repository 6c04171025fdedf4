namespace Matchmaking.Core;

/// <summary>
/// A configured model folder (scorer or embedding model) that retraining replaces atomically. The folder
/// is live as it is until a retrain writes a build beside it (build-*/) and points a small CURRENT file
/// at it with an atomic rename: a crash at any moment leaves the old model or the new one live, never
/// half of one, and a shipped model folder keeps working unchanged.
/// </summary>
public sealed class ModelLocation(string root)
{
    public const string PointerFile = BuildFolders.PointerFile;
    private const string BuildPrefix = "build-";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder to load: the build CURRENT names, else the configured folder itself.</summary>
    public string Live() => BuildFolders.ReadPointer(Root) ?? Root;

    /// <summary>A fresh, empty build folder beside the live one.</summary>
    public string NewFolder(DateTimeOffset now)
    {
        string folder = BuildFolders.NewPath(Root, BuildPrefix, now);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void SwitchTo(string folder) => BuildFolders.SwitchTo(Root, folder);

    /// <summary>Removes CURRENT, so the configured folder itself is live again; false when no build was live.</summary>
    public bool SwitchOff()
    {
        string pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return false;
        }

        File.Delete(pointer);
        return true;
    }

    /// <summary>
    /// Builds a new model beside the live one and switches to it: <paramref name="build"/> writes and checks
    /// the model in the folder it is given; only when it returns is CURRENT pointed there, then
    /// <paramref name="reload"/> runs and old builds go. A build or a switch that throws leaves the old
    /// model live and the new folder removed. Returns the new folder.
    /// </summary>
    public string Publish(DateTimeOffset now, Action<string> build, Action reload)
    {
        string folder = NewFolder(now);
        bool switched = false;
        try
        {
            build(folder);
            SwitchTo(folder);
            switched = true;
        }
        finally
        {
            if (!switched)
            {
                Discard(folder);
            }
        }

        reload();
        DeleteStale();
        return folder;
    }

    /// <summary>Removes a build that was never switched in.</summary>
    public static void Discard(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Deletes old builds, keeping the live one and the newest other (to roll back by editing CURRENT).</summary>
    public void DeleteStale()
    {
        string live = Live();
        var stale = Directory.EnumerateDirectories(Root, BuildPrefix + "*")
            .Where(f => !string.Equals(f, live, StringComparison.Ordinal))
            .OrderDescending(StringComparer.Ordinal)
            .Skip(1);
        foreach (string folder in stale)
        {
            // ONNX Runtime reads a model into memory when a session is created, so a session in use does
            // not hold these files; a failed cleanup must not fail the job either way.
            BuildFolders.TryDelete(folder);
        }
    }
}
