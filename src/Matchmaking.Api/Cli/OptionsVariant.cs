using System.ComponentModel;
using System.Reflection;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Search.Rerank;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.Cli;

/// <summary>
/// eval --variant "Search:Key=V,Search:Rerank:Key=V": query-time settings changed on the running host's
/// options for one measurement and put back after, so variants are compared over one import and index
/// in one process. Settings read when the index opens (scoring, UnigramWeight) need their own run.
/// </summary>
internal sealed class OptionsVariant : IDisposable
{
    private readonly List<(object Target, PropertyInfo Property, object? Old)> changed = [];

    private OptionsVariant()
    {
    }

    public static OptionsVariant Apply(IServiceProvider services, string spec)
    {
        var variant = new OptionsVariant();
        foreach (string setting in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = setting.Split('=', 2);
            if (parts.Length != 2)
            {
                throw new ArgumentException($"A variant setting is Key=Value, not '{setting}'.");
            }

            const string rerank = RerankOptions.Section + ":";
            const string search = SearchOptions.Section + ":";
            const string exposure = ExposureOptions.Section + ":";
            var (target, name) = parts[0] switch
            {
                var k when k.StartsWith(rerank, StringComparison.OrdinalIgnoreCase) => ((object)services.GetRequiredService<IOptions<RerankOptions>>().Value, k[rerank.Length..]),
                var k when k.StartsWith(exposure, StringComparison.OrdinalIgnoreCase) => (services.GetRequiredService<IOptions<ExposureOptions>>().Value, k[exposure.Length..]),
                var k when k.StartsWith(search, StringComparison.OrdinalIgnoreCase) => (services.GetRequiredService<IOptions<SearchOptions>>().Value, k[search.Length..]),
                var k => throw new ArgumentException($"Variants change Search:, Search:Rerank: or Search:Exposure: settings, not '{k}'."),
            };
            var property = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new ArgumentException($"{target.GetType().Name} has no setting '{name}'.");
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type == typeof(string[]) ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) // Without=scorer|tfidf
                : parts[1].Length == 0 && type != property.PropertyType ? null : TypeDescriptor.GetConverter(type).ConvertFromInvariantString(parts[1]);
            variant.changed.Add((target, property, property.GetValue(target)));
            property.SetValue(target, value);
        }

        return variant;
    }

    public void Dispose()
    {
        for (int i = changed.Count - 1; i >= 0; i--)
        {
            changed[i].Property.SetValue(changed[i].Target, changed[i].Old);
        }
    }
}
