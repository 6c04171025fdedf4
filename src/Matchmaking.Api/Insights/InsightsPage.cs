using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using Matchmaking.Api.GraphQL.Insights;
using Matchmaking.Core.Analytics;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.Insights;

/// <summary>
/// The /insights HTML: every figure is in the server-rendered tables; the charts (chart.js, built from
/// tools/insights) draw the same figures from a JSON block, so the page reads without script and the CSP needs no
/// inline script.
/// </summary>
internal static class InsightsPage
{
    public const string Script = "/insights/assets/insights.js";

    private static readonly Dictionary<MatchStage, string> StageNames = new()
    {
        [MatchStage.Suggested] = "推荐",
        [MatchStage.Shortlisted] = "入围",
        [MatchStage.Introduced] = "引荐",
        [MatchStage.Negotiating] = "洽谈",
        [MatchStage.Contracted] = "签约",
        [MatchStage.Closed] = "结项",
        [MatchStage.Rejected] = "拒绝",
    };

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(AnalyticsReport trend, AnalyticsReport byIndustry)
    {
        var total = trend.Total;
        var funnel = total.Stages.Where(s => s.Stage != MatchStage.Rejected).ToList();
        var data = new
        {
            funnel = funnel.Select(s => new { stage = Name(s.Stage), label = StageNames[s.Stage], reached = s.Reached }),
            months = trend.Groups.Select(g => new { month = g.Key, demands = g.DemandsPosted, matches = g.Matches, contracts = g.Contracts }),
        };
        string from = InsightsPeriod.Month(trend.Request.From);
        string to = InsightsPeriod.Month(trend.Request.To.AddTicks(-1));
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>平台统计 · Insights</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; margin: 24px; color: #1f2933; max-width: 1200px; }
            h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
            .charts { display: grid; grid-template-columns: 1fr 1.4fr; gap: 24px; }
            .chart { position: relative; height: 320px; border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; }
            table { border-collapse: collapse; font-size: 13px; margin-top: 6px; }
            th, td { border: 1px solid #d9e2ec; padding: 4px 8px; text-align: right; } th:first-child, td:first-child { text-align: left; }
            form { margin: 12px 0; } .muted { color: #627d98; font-size: 13px; }
            </style></head>
            <body>
            <h1>平台统计 · 撮合漏斗</h1>
            <p class="muted">{{from}} – {{to}}（北京时间）。需求按发布时间、撮合按提出时间计入期间；中位天数取自撮合记录。</p>
            <form method="get" action="/insights">
            <label>从 <input type="month" name="from" value="{{from}}"></label>
            <label>到 <input type="month" name="to" value="{{to}}"></label>
            <button type="submit">查看</button>
            <a href="/insights/analytics.csv?from={{from}}&amp;to={{to}}&amp;groupBy=MONTH">CSV（按月）</a>
            <a href="/insights/analytics.csv?from={{from}}&amp;to={{to}}&amp;groupBy=INDUSTRY">CSV（按行业）</a>
            </form>
            <p>发布需求 <b id="demands-posted">{{total.DemandsPosted}}</b> · 获得撮合 <b>{{total.DemandsMatched}}</b> · 撮合 <b id="matches">{{total.Matches}}</b> ·
            签约 <b id="contracts">{{total.Contracts}}</b> · 合同金额 ¥<b>{{Money(total.DealValue)}}</b> · 已结算 ¥<b>{{Money(total.Revenue.Sum(r => r.Amount))}}</b></p>
            <div class="charts">
            <div class="chart"><canvas id="funnel-chart" aria-label="撮合漏斗"></canvas></div>
            <div class="chart"><canvas id="trend-chart" aria-label="月度趋势"></canvas></div>
            </div>
            """);
        StepTable(page, total);
        MonthTable(page, trend);
        IndustryTable(page, byIndustry);
        page.Append(CultureInfo.InvariantCulture, $"""
            <script type="application/json" id="insights-data">{JsonSerializer.Serialize(data)}</script>
            <script type="module" src="{Script}"></script>
            </body></html>
            """);
        return page.ToString();
    }

    private static void StepTable(StringBuilder page, AnalyticsGroup total)
    {
        page.Append("<h2>各阶段转化</h2><table id=\"steps\"><tr><th>阶段</th><th>到达</th><th>转化率</th><th>中位天数</th></tr>");
        foreach (var step in total.Steps)
        {
            long reached = total.Stages.First(s => s.Stage == step.From).Reached;
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{StageNames[step.From]} → {StageNames[step.To]}</td><td>{reached}</td><td>{Percent(step.ConversionRate)}</td><td>{Days(step.MedianDays)}</td></tr>");
        }

        page.Append("</table><p class=\"muted\">拒绝原因：");
        page.AppendJoin("，", total.Rejections.Select(r => $"{Name(r.Reason)} {r.Count}"));
        page.Append("</p>");
    }

    private static void MonthTable(StringBuilder page, AnalyticsReport trend)
    {
        page.Append("<h2>月度趋势</h2><table id=\"months\"><tr><th>月份</th><th>发布需求</th><th>获得撮合</th><th>撮合</th><th>签约</th><th>合同金额</th></tr>");
        foreach (var g in trend.Groups)
        {
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(g.Key)}</td><td>{g.DemandsPosted}</td><td>{g.DemandsMatched}</td><td>{g.Matches}</td><td>{g.Contracts}</td><td>{Money(g.DealValue)}</td></tr>");
        }

        page.Append("</table>");
    }

    private static void IndustryTable(StringBuilder page, AnalyticsReport byIndustry)
    {
        page.Append("<h2>按行业</h2><table id=\"industries\"><tr><th>行业</th><th>发布需求</th><th>获得撮合</th><th>撮合</th><th>签约</th><th>合同金额</th><th>已结算</th></tr>");
        foreach (var g in byIndustry.Groups)
        {
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(AnalyticsGroupGraphType.Label(g.Key))}</td><td>{g.DemandsPosted}</td><td>{g.DemandsMatched}</td><td>{g.Matches}</td><td>{g.Contracts}</td><td>{Money(g.DealValue)}</td><td>{Money(g.Revenue.Sum(r => r.Amount))}</td></tr>");
        }

        page.Append("</table>");
    }

    private static string Name(Enum value) => value.ToString().ToConstantCase();

    private static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    private static string Days(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
