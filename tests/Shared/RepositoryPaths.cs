namespace Matchmaking.Tests.Shared;

/// <summary>The clone's root, found from the test binaries, for the committed seed set and ../shared.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Matchmaking.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Matchmaking.sln not found above the test binaries.");
        }
    }
}
