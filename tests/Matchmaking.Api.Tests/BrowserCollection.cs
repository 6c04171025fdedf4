namespace Matchmaking.Api.Tests;

/// <summary>
/// Headless Chromium needs the CPU to itself on a 2-core machine: run browser tests alone, after the
/// parallel test classes, instead of racing them for the CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
