namespace Matchmaking.Core.Seed;

/// <summary>What a seed run wrote: record counts per file and the planted ground truth.</summary>
public sealed record SeedSummary(
    int Seed,
    SeedSize Size,
    int AchievementQueries,
    int AchievementQrels,
    int ExpertQueries,
    int ExpertQrels,
    int ParaphrasedAchievementPairs);
