using GraphQL;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Loading;

namespace Matchmaking.Api.GraphQL;

internal static class ResolveContextExtensions
{
    public static Viewer Viewer(this IResolveFieldContext ctx) => Auth.Viewer.From(ctx.User);

    public static T Service<T>(this IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    public static DataLoaders Loaders(this IResolveFieldContext ctx) => ctx.Service<DataLoaders>();

    /// <summary>An input object argument as a reader; an absent argument reads as empty.</summary>
    public static InputReader Input(this IResolveFieldContext ctx, string name) =>
        new(ctx.Arguments is { } args && args.TryGetValue(name, out var arg) ? arg.Value as IDictionary<string, object?> : null);
}
