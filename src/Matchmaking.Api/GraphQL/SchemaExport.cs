using GraphQL;

namespace Matchmaking.Api.GraphQL;

/// <summary>Prints the schema as SDL: the `schema` verb writes schema.graphql from it, and a test compares.</summary>
public static class SchemaExport
{
    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<MatchmakingSchema>();
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
