namespace Matchmaking.Core.Seed.Vocabulary;

/// <summary>A city with its province and the administrative division code used in credit codes.</summary>
internal sealed record City(string Province, string Name, string DivisionCode)
{
    /// <summary>The region as listings show it, e.g. 安徽省合肥市; municipalities are not doubled.</summary>
    public string Region => Province == Name ? Name : Province + Name;

    /// <summary>The city without 市, as institution names use it (合肥工业大学).</summary>
    public string Short => Name.EndsWith('市') ? Name[..^1] : Name;
}

/// <summary>
/// The cities listings come from: mostly the sixteen cities of 安徽省, the province the platform
/// serves, and a few from the Yangtze delta and beyond where partners sit.
/// </summary>
internal static class Places
{
    public static IReadOnlyList<City> Home { get; } =
    [
        new("安徽省", "合肥市", "340100"), new("安徽省", "芜湖市", "340200"), new("安徽省", "蚌埠市", "340300"),
        new("安徽省", "淮南市", "340400"), new("安徽省", "马鞍山市", "340500"), new("安徽省", "淮北市", "340600"),
        new("安徽省", "铜陵市", "340700"), new("安徽省", "安庆市", "340800"), new("安徽省", "黄山市", "341000"),
        new("安徽省", "滁州市", "341100"), new("安徽省", "阜阳市", "341200"), new("安徽省", "宿州市", "341300"),
        new("安徽省", "六安市", "341500"), new("安徽省", "亳州市", "341600"), new("安徽省", "池州市", "341700"),
        new("安徽省", "宣城市", "341800"),
    ];

    public static IReadOnlyList<City> Elsewhere { get; } =
    [
        new("上海市", "上海市", "310100"), new("江苏省", "南京市", "320100"), new("江苏省", "苏州市", "320500"),
        new("浙江省", "杭州市", "330100"), new("北京市", "北京市", "110100"), new("广东省", "深圳市", "440300"),
    ];

    public static IReadOnlyList<City> All { get; } = [.. Home, .. Elsewhere];

    /// <summary>A city, 合肥 more often than the rest, as on the real platform; one in eight from elsewhere.</summary>
    public static City Pick(Bogus.Randomizer random)
    {
        if (random.Bool(0.125f))
        {
            return Elsewhere[random.Number(Elsewhere.Count - 1)];
        }

        return random.Bool(0.3f) ? Home[0] : Home[random.Number(Home.Count - 1)];
    }
}
