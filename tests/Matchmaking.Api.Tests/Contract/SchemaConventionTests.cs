using GraphQL.Types;
using GraphQL.Types.Relay;
using Matchmaking.Api.GraphQL;
using Matchmaking.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Contract;

/// <summary>
/// The API's one dialect, checked on the schema itself: every list a connection, every element
/// described, every mutation `input:` → payload with userErrors, every entity a Node. Each test lists
/// every offender, so a failure says exactly what to fix.
/// </summary>
public sealed class SchemaConventionTests : IAsyncLifetime
{
    private static readonly HashSet<string> BuiltIn = ["String", "Int", "Float", "Boolean", "ID"];
    private WebApplication? app;
    private ISchema schema = null!;

    public async Task InitializeAsync()
    {
        app = AppHost.Build([], serve: false);
        schema = app.Services.GetRequiredService<MatchmakingSchema>();
        schema.Initialize();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private IEnumerable<IGraphType> OwnTypes => schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltIn.Contains(t.Name));

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValue_IsDescribed()
    {
        var missing = new List<string>();
        foreach (var type in OwnTypes)
        {
            Check(missing, type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(missing, $"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(missing, $"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(missing, $"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NoListOfEntities_OutsideTheConnectionShape()
    {
        var offenders = new List<string>();
        foreach (var type in OwnTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields)
            {
                if (Unwrap(field.ResolvedType!, out bool isList) is var item && isList && IsEntity(item))
                {
                    offenders.Add($"{type.Name}.{field.Name}: [{item.Name}]");
                }
            }
        }

        Assert.True(offenders.Count == 0, "lists of entities must be connections:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryConnection_HasTheRelayShapeAndArguments()
    {
        var offenders = new List<string>();
        foreach (var type in OwnTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields)
            {
                if (Unwrap(field.ResolvedType!, out bool isList) is not IObjectGraphType connection || isList || !connection.Name.EndsWith("Connection", StringComparison.Ordinal))
                {
                    continue;
                }

                string where = $"{type.Name}.{field.Name}";
                var arguments = (field.Arguments ?? []).Select(a => a.Name).ToHashSet();
                foreach (string argument in new[] { "first", "after", "last", "before" }.Where(a => !arguments.Contains(a)))
                {
                    offenders.Add($"{where}: no `{argument}`");
                }

                if (field.ResolvedType is not NonNullGraphType)
                {
                    offenders.Add($"{where}: the connection is nullable");
                }

                CheckShape(offenders, connection);
            }
        }

        Assert.True(offenders.Count == 0, "connections off the Relay shape:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryRootList_TakesFilterAndOrderBy_WhereItsOrderIsNotRanked()
    {
        var ranked = new HashSet<string> { "search", "recommendations" };
        var offenders = new List<string>();
        foreach (var field in schema.Query.Fields.Where(f => Unwrap(f.ResolvedType!, out _).Name.EndsWith("Connection", StringComparison.Ordinal)))
        {
            var arguments = (field.Arguments ?? []).Select(a => a.Name).ToHashSet();
            if (!arguments.Contains("filter"))
            {
                offenders.Add($"Query.{field.Name}: no filter");
            }

            if (!ranked.Contains(field.Name) && !arguments.Contains("orderBy"))
            {
                offenders.Add($"Query.{field.Name}: no orderBy");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void EveryMutation_TakesOneInputAndReturnsAPayloadWithUserErrors()
    {
        var offenders = new List<string>();
        foreach (var field in schema.Mutation!.Fields)
        {
            var arguments = field.Arguments ?? [];
            if (arguments.Count != 1 || arguments[0].Name != "input" || arguments[0].ResolvedType is not NonNullGraphType { ResolvedType: IInputObjectGraphType })
            {
                offenders.Add($"Mutation.{field.Name}: arguments ({string.Join(", ", arguments.Select(a => a.Name))}), not one `input: XInput!`");
            }

            if (field.ResolvedType is not NonNullGraphType { ResolvedType: IObjectGraphType payload } || !payload.Name.EndsWith("Payload", StringComparison.Ordinal))
            {
                offenders.Add($"Mutation.{field.Name}: does not return a non-null XPayload");
                continue;
            }

            var errors = payload.GetField("userErrors");
            if (errors?.ResolvedType?.ToString() != "[UserError!]!")
            {
                offenders.Add($"{payload.Name}: userErrors is {errors?.ResolvedType?.ToString() ?? "missing"}, not [UserError!]!");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void EveryEntity_ImplementsNode_AndThereIsOneMoneyAndOneErrorType()
    {
        var offenders = OwnTypes.OfType<IObjectGraphType>()
            .Where(t => t.GetField("id") is { } id && id.ResolvedType?.ToString() == "ID!" && !t.ResolvedInterfaces.Any(i => i.Name == "Node"))
            .Select(t => $"{t.Name} has an id but does not implement Node")
            .ToList();
        foreach (string entity in new[] { "Demand", "Achievement", "Expert", "Enterprise", "Match", "SavedSearch", "Deal", "Payment", "LedgerEntry", "StatementLine" })
        {
            if (schema.AllTypes[entity] is not IObjectGraphType type || !type.ResolvedInterfaces.Any(i => i.Name == "Node"))
            {
                offenders.Add($"{entity} is not a Node");
            }
        }

        var names = OwnTypes.Select(t => t.Name).ToList();
        offenders.AddRange(names.Where(n => n.Contains("Money", StringComparison.Ordinal) && n is not ("Money" or "MoneyInput")).Select(n => $"{n}: a second money type"));
        offenders.AddRange(names.Where(n => n.EndsWith("Error", StringComparison.Ordinal) && n != "UserError").Select(n => $"{n}: a second error type"));
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static void CheckShape(List<string> offenders, IObjectGraphType connection)
    {
        string node = connection.Name[..^"Connection".Length];
        if (connection.GetField("edges")?.ResolvedType?.ToString() != $"[{node}Edge!]!")
        {
            offenders.Add($"{connection.Name}.edges is not [{node}Edge!]!");
        }

        if (connection.GetField("pageInfo")?.ResolvedType?.ToString() != "PageInfo!")
        {
            offenders.Add($"{connection.Name}.pageInfo is not PageInfo!");
        }

        if (connection.GetField("totalCount")?.ResolvedType?.ToString() != "Int!")
        {
            offenders.Add($"{connection.Name}.totalCount is not Int!");
        }

        var edge = Unwrap(connection.GetField("edges")?.ResolvedType!, out _) as IObjectGraphType;
        if (edge?.GetField("cursor")?.ResolvedType?.ToString() != "String!" || edge.GetField("node")?.ResolvedType is not NonNullGraphType)
        {
            offenders.Add($"{connection.Name}: its edge lacks cursor: String! or a non-null node");
        }

        if (connection.Fields.Any(f => f.Name == "items"))
        {
            offenders.Add($"{connection.Name}.items: a second way to read the nodes");
        }
    }

    private static bool IsEntity(IGraphType type) =>
        type is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == "Node")
        || type is IInterfaceGraphType or UnionGraphType;

    private static IGraphType Unwrap(IGraphType type, out bool isList)
    {
        isList = false;
        while (type is IProvideResolvedType wrapper)
        {
            isList |= type is ListGraphType;
            type = wrapper.ResolvedType!;
        }

        return type;
    }

    private static void Check(List<string> missing, string element, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            missing.Add(element);
        }
    }
}
