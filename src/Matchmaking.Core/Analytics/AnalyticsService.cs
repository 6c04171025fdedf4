using System.Globalization;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Analytics;

/// <summary>
/// The platform's funnel (漏斗) computed in the database: each figure is one grouped SQL query over indexed
/// columns, run once for the groups and once for the total, so no row is loaded to be counted in memory and
/// both providers answer the same numbers. Who may ask for which report is the API's concern.
/// </summary>
public sealed class AnalyticsService(MatchmakingDbContext db)
{
    /// <summary>The longest period one report covers.</summary>
    public const int MaxPeriodDays = 3_700;

    /// <summary>The steps of the funnel, in order.</summary>
    public static readonly IReadOnlyList<(MatchStage From, MatchStage To)> Steps = Enum.GetValues<MatchStage>()
        .Where(s => MatchWorkflow.Next(s) is not null)
        .Select(s => (s, MatchWorkflow.Next(s)!.Value))
        .ToList();

    public async Task<AnalyticsReport> RunAsync(AnalyticsRequest request, CancellationToken ct)
    {
        if (request.To <= request.From || (request.To - request.From).TotalDays > MaxPeriodDays)
        {
            throw new DomainException(ErrorCodes.PeriodInvalid, $"the period must end after it starts and span at most {MaxPeriodDays} days.");
        }

        var sql = new AnalyticsSql(db.Database.IsNpgsql());
        var groups = await QueryAsync(new AnalyticsQueries(sql, request.GroupBy, request.BrokerSubject is not null), sql, request, ct);
        var total = await QueryAsync(new AnalyticsQueries(sql, null, request.BrokerSubject is not null), sql, request, ct);
        var keys = groups.Keys.ToHashSet(StringComparer.Ordinal);
        if (request.GroupBy == AnalyticsGrouping.Month)
        {
            // A trend has a row for every month of the period, with or without activity.
            keys.UnionWith(MonthsOf(request.From, request.To));
        }

        var rows = keys.Order(StringComparer.Ordinal).Select(k => Group(k, groups.GetValueOrDefault(k) ?? [])).ToList();
        return new AnalyticsReport(request, rows, Group("", total.GetValueOrDefault("") ?? []));
    }

    /// <summary>When the newest match was proposed (null when there is none): the page's default period ends there.</summary>
    public async Task<DateTimeOffset?> LatestProposalAsync(CancellationToken ct) =>
        await db.Matches.AsNoTracking().OrderByDescending(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>The Beijing months the period touches, 'YYYY-MM'.</summary>
    public static IEnumerable<string> MonthsOf(DateTimeOffset from, DateTimeOffset to)
    {
        var offset = TimeSpan.FromHours(8);
        var first = from.ToOffset(offset);
        var last = to.ToOffset(offset).AddTicks(-1);
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= DateOnly.FromDateTime(last.DateTime); month = month.AddMonths(1))
        {
            yield return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    private async Task<Dictionary<string, List<(string Figure, AnalyticsCell Cell)>>> QueryAsync(AnalyticsQueries queries, AnalyticsSql sql, AnalyticsRequest request, CancellationToken ct)
    {
        object[] parameters = request.BrokerSubject is { } broker
            ? [sql.Parameter(request.From), sql.Parameter(request.To), broker]
            : [sql.Parameter(request.From), sql.Parameter(request.To)];
        (string Figure, string Sql)[] figures =
        [
            ("demands", queries.Demands()),
            ("current", queries.CurrentStages()),
            ("reached", queries.ReachedStages()),
            ("rejected", queries.Rejections()),
            ("median", queries.StepMedians()),
            ("deals", queries.Deals()),
            ("revenue", queries.Revenue()),
        ];
        var cells = new Dictionary<string, List<(string, AnalyticsCell)>>(StringComparer.Ordinal);
        foreach (var (figure, text) in figures)
        {
            foreach (var cell in await db.Database.SqlQueryRaw<AnalyticsCell>(text, parameters).ToListAsync(ct))
            {
                if (!cells.TryGetValue(cell.Key, out var list))
                {
                    cells[cell.Key] = list = [];
                }

                list.Add((figure, cell));
            }
        }

        return cells;
    }

    private static AnalyticsGroup Group(string key, List<(string Figure, AnalyticsCell Cell)> cells)
    {
        long Number(string figure, string item) => cells.Where(c => c.Figure == figure && c.Cell.Item == item).Sum(c => c.Cell.Number);
        var stages = Enum.GetValues<MatchStage>()
            .Select(s => new StageFigures(s, Number("current", s.ToString()), Number("reached", s.ToString())))
            .ToList();
        var rejections = Enum.GetValues<RejectReason>()
            .Select(r => new RejectionFigures(r, Number("rejected", r.ToString())))
            .Where(r => r.Count > 0)
            .ToList();
        var steps = Steps.Select(step =>
        {
            long from = stages.First(s => s.Stage == step.From).Reached;
            long to = stages.First(s => s.Stage == step.To).Reached;
            double? median = cells.Where(c => c.Figure == "median" && c.Cell.Item == step.From.ToString()).Select(c => (double?)Math.Round(c.Cell.Days, 2)).FirstOrDefault();
            return new StepFigures(step.From, step.To, from == 0 ? null : Math.Round((double)to / from, 4), median);
        }).ToList();
        var revenue = Enum.GetValues<PartyRole>()
            .Select(r => new RevenueFigures(r, Number("revenue", r.ToString()) / 100m))
            .Where(r => r.Amount != 0)
            .ToList();
        return new AnalyticsGroup(
            key,
            Number("demands", "posted"),
            Number("demands", "matched"),
            stages,
            rejections,
            steps,
            Number("deals", "count"),
            Number("deals", "value") / 100m,
            revenue);
    }
}
