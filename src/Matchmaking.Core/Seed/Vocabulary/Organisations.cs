using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed.Vocabulary;

/// <summary>Parts for institution and company names, professional titles and industry products.</summary>
internal static class Organisations
{
    /// <summary>Institution name patterns; {0} is the city without 市.</summary>
    public static IReadOnlyList<(string Pattern, InstitutionKind Kind)> InstitutionPatterns { get; } =
    [
        ("{0}大学", InstitutionKind.University), ("{0}理工大学", InstitutionKind.University),
        ("{0}工业大学", InstitutionKind.University), ("{0}科技大学", InstitutionKind.University),
        ("{0}师范大学", InstitutionKind.University), ("{0}医科大学", InstitutionKind.University),
        ("{0}农业大学", InstitutionKind.University), ("{0}职业技术学院", InstitutionKind.University),
        ("{0}产业技术研究院", InstitutionKind.ResearchInstitute), ("{0}先进制造技术研究院", InstitutionKind.ResearchInstitute),
        ("{0}新材料研究所", InstitutionKind.ResearchInstitute), ("{0}人工智能研究院", InstitutionKind.ResearchInstitute),
        ("{0}能源与环境研究所", InstitutionKind.ResearchInstitute), ("{0}智能制造创新中心", InstitutionKind.EnterpriseLab),
        ("{0}工程技术研究中心", InstitutionKind.EnterpriseLab), ("{0}市第一人民医院", InstitutionKind.Hospital),
    ];

    /// <summary>Two-character trade names (字号) are built from these halves.</summary>
    public const string TradeFirst = "华中恒瑞科天海德安宏金新盛博众鼎星睿远润嘉德泰晟合佳凯信";

    public const string TradeSecond = "信达通源锐创益丰启宇辰朗拓驰迈盈川林澜航昊峰晖力鑫坤";

    public static IReadOnlyList<string> CompanyForms { get; } =
        ["科技有限公司", "技术有限公司", "股份有限公司", "有限公司", "科技股份有限公司", "智能科技有限公司"];

    /// <summary>What a company of each industry calls its line of business in its name.</summary>
    public static string[] NameWords(Industry industry) => industry switch
    {
        Industry.NextGenIt => ["信息", "通信", "电子", "网络", "微电子"],
        Industry.ArtificialIntelligence => ["智能", "智能装备", "数据", "智联"],
        Industry.NewEnergyVehicles => ["新能源", "汽车电子", "动力", "汽车零部件"],
        Industry.NewMaterials => ["新材料", "材料", "高分子", "复合材料"],
        Industry.HighEndEquipment => ["精密机械", "装备", "机器人", "数控"],
        Industry.NewEnergyAndEnvironment => ["环保", "能源", "光伏", "节能"],
        Industry.LifeHealth => ["生物", "医疗器械", "药业", "健康"],
        Industry.SmartAppliances => ["电器", "家电", "智能家居", "电机"],
        Industry.DigitalCreative => ["数字", "文化传媒", "动漫", "数字科技"],
        Industry.GreenFood => ["食品", "农业", "乳业", "生态农业"],
        _ => ["实业"],
    };

    /// <summary>Professional titles (职称) by kind of institution, most common first.</summary>
    public static string[] Titles(InstitutionKind kind) => kind switch
    {
        InstitutionKind.University => ["教授", "教授", "副教授", "副教授", "讲师", "研究员"],
        InstitutionKind.ResearchInstitute => ["研究员", "副研究员", "高级工程师", "正高级工程师", "助理研究员"],
        InstitutionKind.EnterpriseLab => ["高级工程师", "正高级工程师", "工程师", "研究员"],
        _ => ["主任医师", "副主任医师", "研究员", "主治医师"],
    };

    /// <summary>Departments an expert sits in, by discipline keyword.</summary>
    public static IReadOnlyList<string> Departments { get; } =
        ["学院", "重点实验室", "研究中心", "工程中心", "研究所"];
}
