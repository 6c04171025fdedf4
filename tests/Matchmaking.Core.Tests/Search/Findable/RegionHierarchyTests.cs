using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Tests.Search.Findable;

/// <summary>How people write a region → one province · city · district path (the compiled regions.txt table).</summary>
public sealed class RegionHierarchyTests
{
    [Theory]
    [InlineData("合肥", "安徽省", "合肥市", "")]
    [InlineData("合肥市", "安徽省", "合肥市", "")]
    [InlineData("安徽合肥", "安徽省", "合肥市", "")]
    [InlineData("安徽省合肥市", "安徽省", "合肥市", "")]
    [InlineData("安徽省 合肥市 蜀山区", "安徽省", "合肥市", "蜀山区")]
    [InlineData("合肥市包河区", "安徽省", "合肥市", "包河区")]
    [InlineData("安徽", "安徽省", "", "")]
    [InlineData("上海", "上海市", "", "")]
    [InlineData("上海市浦东新区", "上海市", "", "浦东新区")]
    [InlineData("北京朝阳区", "北京市", "", "朝阳区")]
    [InlineData("深圳", "广东省", "深圳市", "")]
    [InlineData("吉林", "吉林省", "", "")]
    [InlineData("吉林市", "吉林省", "吉林市", "")]
    [InlineData("广西南宁", "广西壮族自治区", "南宁市", "")]
    [InlineData("延边", "吉林省", "延边朝鲜族自治州", "")]
    [InlineData("硅谷", "硅谷", "", "")]
    public void Normalize_CommonSpellings_OnePath(string written, string province, string city, string district) =>
        Assert.Equal(new RegionPath(province, city, district), RegionHierarchy.Normalize(written));

    [Fact]
    public void Normalize_Empty_Null() => Assert.Null(RegionHierarchy.Normalize("  "));

    [Fact]
    public void Levels_EachPlaceItLiesIn() =>
        Assert.Equal(["安徽省", "安徽省合肥市", "安徽省合肥市蜀山区"], RegionHierarchy.Normalize("合肥蜀山区")!.Levels);

    [Fact]
    public void IsWithin_CityInsideItsProvinceNotTheOtherWay()
    {
        var hefei = RegionHierarchy.Normalize("合肥")!;
        var anhui = RegionHierarchy.Normalize("安徽")!;

        Assert.True(hefei.IsWithin(anhui));
        Assert.True(hefei.IsWithin(hefei));
        Assert.False(anhui.IsWithin(hefei));
        Assert.False(hefei.IsWithin(RegionHierarchy.Normalize("芜湖")!));
    }

    [Fact]
    public void Table_EveryProvinceAndEverySeedRegionKnown()
    {
        string[] provinces = ["北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
            "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "四川省", "贵州省", "云南省",
            "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区"];
        Assert.All(provinces, p => Assert.Equal(p, RegionHierarchy.Normalize(p)!.Province));

        var seedRegions = File.ReadLines(Path.Combine(Matchmaking.Tests.Shared.RepositoryPaths.Root, "seed-data", "achievements.jsonl"))
            .Concat(File.ReadLines(Path.Combine(Matchmaking.Tests.Shared.RepositoryPaths.Root, "seed-data", "demands.jsonl")))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => e.TryGetProperty("region", out var r) ? r.GetString() ?? "" : "")
            .Where(r => r.Length > 0).Distinct().ToList();
        Assert.NotEmpty(seedRegions);
        Assert.All(seedRegions, r => Assert.Equal(r, RegionHierarchy.Normalize(r)!.Full));
        Assert.All(seedRegions.Where(r => r.EndsWith('市') && r.Length > 3), r => Assert.NotEqual("", RegionHierarchy.Normalize(r)!.City));
    }
}
