using Matchmaking.Core;

namespace Matchmaking.Api.Cli;

/// <summary>
/// Relative paths given to a verb resolve against the repository (data) root, like every path in the
/// configuration: `dotnet run --project src/Matchmaking.Api` runs in the project folder, not where the
/// user stands, and README commands are written from the repository root.
/// </summary>
internal static class CliPath
{
    public static string Root => HostPaths.Discover(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable("DataRoot")).Root;

    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(path, Root);
}
