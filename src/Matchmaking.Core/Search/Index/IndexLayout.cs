using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// The version of what the index holds per listing (fields, analyzers). Every commit records it; an
/// index of another version does not verify, so start-up rebuilds it from the database instead of
/// serving documents that lack a field queries now use. Bump <see cref="Current"/> when the layout changes.
/// </summary>
public static class IndexLayout
{
    public const string Key = "layout";

    /// <summary>2: patent and application numbers as codes (issue 14), regions normalised to 省/市/区. 3: each listing's institution (the exposure cap).
    /// 4: software-copyright numbers (2023SR0123456, 软著登字第1234567号) as codes.</summary>
    public const int Current = 4;

    public static KeyValuePair<string, string> Entry => new(Key, Current.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the last commit in <paramref name="directory"/> says it has the current layout.</summary>
    public static bool IsCurrent(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(Key, out string? value) && value == Current.ToString(CultureInfo.InvariantCulture);
    }
}
