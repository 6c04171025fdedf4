namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// A region as province → city → district, each level spelled in full (安徽省 · 合肥市 · 蜀山区).
/// <see cref="Full"/> is the levels joined (安徽省合肥市蜀山区); <see cref="Levels"/> are the full forms of
/// the region and of each place it lies in (安徽省, 安徽省合肥市, 安徽省合肥市蜀山区), so a filter on any
/// level matches everything under it.
/// </summary>
public sealed record RegionPath(string Province, string City, string District)
{
    public string Full => Province + City + District;

    public IReadOnlyList<string> Levels
    {
        get
        {
            var levels = new List<string>(3);
            if (Province.Length > 0)
            {
                levels.Add(Province);
            }

            if (City.Length > 0)
            {
                levels.Add(Province + City);
            }

            if (District.Length > 0)
            {
                levels.Add(Full);
            }

            return levels;
        }
    }

    /// <summary>True when this region is <paramref name="other"/> or lies inside it (安徽省合肥市 is inside 安徽省).</summary>
    public bool IsWithin(RegionPath other) => other.Levels.Count > 0 && Levels.Contains(other.Full);
}
