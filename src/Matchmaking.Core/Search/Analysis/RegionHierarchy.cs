using System.Reflection;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Normalises how people write a Chinese region to one <see cref="RegionPath"/>: 合肥, 合肥市, 安徽合肥 and
/// 安徽省合肥市 are all 安徽省 · 合肥市; 上海浦东新区 is 上海市 · 浦东新区; a city alone gets its province.
/// The table (indexes/analysis/regions.txt, compiled in) lists every province-level division and its
/// prefecture-level cities with their short forms; what follows the city (a district, a county) is kept
/// as the third level as written. Text the table does not know stays as it is, one level.
/// </summary>
public static class RegionHierarchy
{
    private const int MaxRemembered = 100_000;
    private static readonly Lazy<Table> Loaded = new(Load);

    // Listings share a few hundred region spellings: each is parsed once, not once per document or check.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegionPath?> Remembered = new(StringComparer.Ordinal);

    /// <summary>The normalised region, or null for empty text.</summary>
    public static RegionPath? Normalize(string? region)
    {
        if (string.IsNullOrEmpty(region))
        {
            return null;
        }

        if (Remembered.TryGetValue(region, out var known))
        {
            return known;
        }

        if (Remembered.Count >= MaxRemembered)
        {
            Remembered.Clear();
        }

        return Remembered[region] = Parse(region);
    }

    private static RegionPath? Parse(string region)
    {
        string text = string.Concat((region ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 0)
        {
            return null;
        }

        var table = Loaded.Value;
        RegionPath? best = null;
        int bestUsed = 0;
        foreach (var (province, used) in Prefixes(table.Provinces, text, 0).Append((null, 0)))
        {
            var cities = province is null ? table.Cities : table.Cities.Where(c => c.Province == province.Name);
            foreach (var (city, cityUsed) in Prefixes(cities, text, used).Append((null, 0)))
            {
                int total = used + cityUsed;

                // More of the text read as places wins; on a tie the province reading (吉林 is the province).
                if ((province is not null || city is not null) && total > bestUsed)
                {
                    string provinceName = province?.Name ?? city!.Province;
                    best = new RegionPath(provinceName, city?.Name ?? "", text[total..]);
                    bestUsed = total;
                }
            }
        }

        return best ?? new RegionPath(text, "", "");
    }

    /// <summary>The normalised full form (安徽省合肥市), or the text itself when the table does not know it.</summary>
    public static string Full(string? region) => Normalize(region)?.Full ?? "";

    /// <summary>Places whose name (full or short) starts <paramref name="text"/> at <paramref name="at"/>, with the characters each reads.</summary>
    private static IEnumerable<(Place? Place, int Used)> Prefixes(IEnumerable<Place> places, string text, int at)
    {
        foreach (var place in places)
        {
            foreach (string name in place.Names)
            {
                int end = at + name.Length;
                if (end > text.Length || string.CompareOrdinal(text, at, name, 0, name.Length) != 0)
                {
                    continue;
                }

                // 朝阳区 is a district somewhere, not the city 朝阳: a short name right before 区/县 is not the city.
                bool shortForm = name != place.Name;
                if (shortForm && end < text.Length && text[end] is '区' or '县' or '镇' or '乡')
                {
                    continue;
                }

                yield return (place, name.Length);
            }
        }
    }

    private static Table Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("regions.txt")
            ?? throw new InvalidOperationException("The region table is not embedded.");
        using var reader = new StreamReader(stream);
        var provinces = new List<Place>();
        var cities = new List<Place>();
        while (reader.ReadLine() is { } raw)
        {
            string line = raw.Split('#', 2)[0];
            var names = line.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length == 0)
            {
                continue;
            }

            bool city = char.IsWhiteSpace(line[0]);
            var all = names.ToList();
            if (names[0].EndsWith('市') && names[0].Length > 2)
            {
                all.Add(names[0][..^1]);
            }

            var place = new Place(names[0], city ? provinces[^1].Name : names[0], all.Distinct().OrderByDescending(n => n.Length).ToArray());
            (city ? cities : provinces).Add(place);
        }

        return new Table(provinces, cities);
    }

    private sealed record Place(string Name, string Province, string[] Names);

    private sealed record Table(IReadOnlyList<Place> Provinces, IReadOnlyList<Place> Cities);
}
