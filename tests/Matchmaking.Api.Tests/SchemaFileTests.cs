using Matchmaking.Api.GraphQL;
using Matchmaking.Api.Hosting;

namespace Matchmaking.Api.Tests;

/// <summary>schema.graphql at the repository root is what frontend teams read; it must match the code.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public async Task SchemaFile_MatchesCode_NotStale()
    {
        await using var app = AppHost.Build([], serve: false);
        string printed = SchemaExport.Print(app.Services);
        string path = Path.Combine(ApiFactory.RepositoryRoot, "schema.graphql");
        string committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";

        Assert.True(printed == committed,
            "schema.graphql is stale. Regenerate it with: dotnet run --project src/Matchmaking.Api -- schema --out schema.graphql");
    }
}
