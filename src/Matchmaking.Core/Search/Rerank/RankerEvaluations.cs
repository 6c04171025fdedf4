using System.Text.Json;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// The retrain's comparisons, kept beside the builds they produced in the ModelBuilds table (model
/// <see cref="Model"/>, the record as JSON in the archive column) rather than in a table of their own:
/// they are as rare as the builds, written by the same job and read only by admins.
/// </summary>
public static class RankerEvaluations
{
    public const string Model = "ranker-evaluation";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<RankerEvaluation> AddAsync(MatchmakingDbContext db, RankerEvaluation evaluation, string node, CancellationToken ct)
    {
        var row = new ModelBuild
        {
            Model = Model, Folder = evaluation.Folder, Archive = JsonSerializer.SerializeToUtf8Bytes(evaluation, Json),
            CreatedAt = evaluation.At, CreatedBy = node,
        };
        db.ModelBuilds.Add(row);
        await db.SaveChangesAsync(ct);
        return evaluation with { Id = row.Id };
    }

    /// <summary>Every comparison, newest first.</summary>
    public static async Task<List<RankerEvaluation>> ListAsync(MatchmakingDbContext db, CancellationToken ct)
    {
        var rows = await db.ModelBuilds.AsNoTracking().Where(b => b.Model == Model).OrderByDescending(b => b.Id)
            .Select(b => new { b.Id, b.Archive }).ToListAsync(ct);
        return [.. rows.Select(r => JsonSerializer.Deserialize<RankerEvaluation>(r.Archive, Json)! with { Id = r.Id })];
    }

    /// <summary>The build folder every node runs now (the latest published ranker build), or "" when none or switched off.</summary>
    public static async Task<string> LiveFolderAsync(MatchmakingDbContext db, CancellationToken ct) =>
        await db.ModelBuilds.AsNoTracking().Where(b => b.Model == ModelDistribution.Ranker).OrderByDescending(b => b.Id)
            .Select(b => b.Folder).FirstOrDefaultAsync(ct) ?? "";
}
