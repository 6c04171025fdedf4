using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Inputs;

/// <summary>
/// Reads a parsed input object. Distinguishes an absent field (leave unchanged) from an explicit null
/// (clear it), which update mutations need.
/// </summary>
public sealed class InputReader(IDictionary<string, object?>? values)
{
    public bool Has(string name) => values?.ContainsKey(name) == true;

    public T? Get<T>(string name) => values is not null && values.TryGetValue(name, out var v) && v is not null ? (T)v : default;

    public T? Value<T>(string name)
        where T : struct => values is not null && values.TryGetValue(name, out var v) && v is not null ? (T)v : null;

    public string? String(string name) => Get<string>(name);

    public string Required(string name) => Get<string>(name) ?? "";

    public List<string> Strings(string name) =>
        values is not null && values.TryGetValue(name, out var v) && v is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    /// <summary>A list of CooperationMode values folded into the flags enum.</summary>
    public CooperationModes? Modes(string name) =>
        values is not null && values.TryGetValue(name, out var v) && v is IEnumerable<object?> list
            ? list.OfType<CooperationModes>().Aggregate(CooperationModes.None, (all, m) => all | m)
            : null;

    public InputReader Nested(string name) => new(Get<IDictionary<string, object?>>(name));

    public ContactInfo Contact(string name)
    {
        var c = Nested(name);
        return new ContactInfo { Person = c.String("person"), Phone = c.String("phone"), Email = c.String("email") };
    }

    /// <summary>A global id of the given kind, or null when absent.</summary>
    public Guid? Id(string name, string kind) => String(name) is { } id ? GlobalId.Decode(id, kind) : null;
}
