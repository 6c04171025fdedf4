namespace Matchmaking.Core.Domain;

/// <summary>Chinese display names of the industries, as the platform shows them.</summary>
public static class IndustryNames
{
    private static readonly Dictionary<Industry, string> Names = new()
    {
        [Industry.NextGenIt] = "新一代信息技术",
        [Industry.ArtificialIntelligence] = "人工智能",
        [Industry.NewEnergyVehicles] = "新能源汽车和智能网联汽车",
        [Industry.NewMaterials] = "新材料",
        [Industry.HighEndEquipment] = "高端装备制造",
        [Industry.NewEnergyAndEnvironment] = "新能源和节能环保",
        [Industry.LifeHealth] = "生命健康",
        [Industry.SmartAppliances] = "智能家电",
        [Industry.DigitalCreative] = "数字创意",
        [Industry.GreenFood] = "绿色食品",
        [Industry.Other] = "其他",
    };

    public static string Chinese(this Industry industry) => Names[industry];
}
