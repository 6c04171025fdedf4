using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaking.Api.Cli.Probe;

namespace Matchmaking.Api.Cli.Soak;

/// <summary>
/// One simulated user mixing the traffic the service sees: searches, recommendations, browsing, demand
/// writes by an enterprise, and payments by the deal's broker. Any error or userError is unexpected.
/// </summary>
public sealed class SoakClient(HttpClient client, ProbeContext context, SoakStats stats, int index, TimeSpan timeout)
{
    private static readonly string[] Texts =
    [
        "锂电池 缺陷检测", "机器视觉", "碳化硅 功率器件", "工业互联网 平台", "智能制造", "新能源汽车 电池管理", "储能 热管理",
        "深度学习 图像识别", "生物医药 检测", "农产品 保鲜", "5G 通信模组", "SiC-MOSFET", "光伏 组件", "环境监测 传感器",
    ];

    private static readonly (string Type, int Weight)[] Mix =
    [
        ("search", 35), ("search-explained", 10), ("recommendations", 8), ("browse-demands", 15), ("browse-achievements", 8),
        ("node", 8), ("postDemand", 4), ("updateDemand", 8), ("recordPayment", 4),
    ];

    private readonly Random random = new(index * 7919 + 17);
    private string? ownDemand;
    private string? nextCursor;
    private int sequence;

    public async Task RunAsync(DateTimeOffset until, CancellationToken ct)
    {
        int total = Mix.Sum(m => m.Weight);
        while (DateTimeOffset.UtcNow < until && !ct.IsCancellationRequested)
        {
            int pick = random.Next(total);
            string type = Mix.First(m => (pick -= m.Weight) < 0).Type;
            await SendAsync(type, Build(type), ct);
        }
    }

    private (string Query, object? Variables, string? Token) Build(string type)
    {
        var w = context.World;
        string text = Texts[random.Next(Texts.Length)];
        return type switch
        {
            "search" => ("query($t: String!) { search(text: $t, first: 10) { totalCount edges { cursor score node { id kind displayName } } } }", new { t = text }, null),
            "search-explained" => ("query($t: String!) { search(text: $t, first: 10) { totalCount edges { cursor score highlights { snippet } explanation { matchedTerms signals { name share } } node { id kind displayName } } facets { name values { value label count } } } }", new { t = text }, null),
            "recommendations" => ("query($f: ID!) { recommendations(for: $f, first: 10) { totalCount edges { score explanation { constraints { name met } } node { id kind displayName } } } }", new { f = random.Next(2) == 0 ? w.Demands[random.Next(w.Demands.Length)] : w.Achievement }, null),
            "browse-demands" => ("query($a: String) { demands(first: 20, after: $a, filter: { status: OPEN }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title budgetMin { amount currency } budgetMax { amount currency } enterprise { name } } } } }", new { a = nextCursor }, null),
            "browse-achievements" => ("{ achievements(first: 20, orderBy: UPDATED_AT_DESC, filter: { minTrl: 5 }) { totalCount edges { node { id title trl askingPrice { amount currency } team(first: 5) { edges { node { name } } } } } } }", null, null),
            "node" => ("query($i: ID!) { node(id: $i) { id ... on Demand { title enterprise { name } } ... on Expert { name } } }", new { i = random.Next(2) == 0 ? w.Demand : w.Expert }, null),
            "postDemand" => ("mutation($e: ID!, $t: String!) { postDemand(input: { enterpriseId: $e, title: $t, description: \"浸泡测试需求：基于机器视觉的在线检测。\", budgetMin: { amount: \"10000.00\" }, budgetMax: { amount: \"90000.00\" }, requiredTrl: 4 }) { demand { id } userErrors { code } } }",
                new { e = w.Enterprise, t = $"浸泡测试 {text} {index}-{++sequence}" }, context.Enterprise),
            "updateDemand" => ("mutation($i: ID!, $t: String!) { updateDemand(input: { id: $i, title: $t }) { demand { id } userErrors { code } } }",
                new { i = ownDemand ?? w.Demands[index % w.Demands.Length], t = $"浸泡测试更新 {text} {index}-{++sequence}" }, context.Enterprise),
            _ => ("mutation($d: ID!, $k: String!) { recordPayment(input: { dealId: $d, amount: { amount: \"1.00\" }, idempotencyKey: $k }) { payment { id amount { amount } } userErrors { field code } } }",
                new { d = w.Deal, k = $"soak-{w.Tag}-{index}-{++sequence}" }, context.Broker),
        };
    }

    private async Task SendAsync(string type, (string Query, object? Variables, string? Token) r, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = r.Query, variables = r.Variables }) };
        if (r.Token is not null)
        {
            request.Headers.Authorization = new("Bearer", r.Token);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, cts.Token);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cts.Token);
            double ms = watch.Elapsed.TotalMilliseconds;
            var answer = ProbeAnswer.FromBody((int)response.StatusCode, body);
            var outcome = answer.Status == 429 ? SoakOutcome.RateLimited : answer.IsSuccess ? SoakOutcome.Ok : SoakOutcome.Unexpected;
            stats.Record(type, ms, outcome, outcome == SoakOutcome.Unexpected ? answer + " " + Snippet(body) : null);
            if (outcome == SoakOutcome.Ok)
            {
                Remember(type, body);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            stats.Record(type, watch.Elapsed.TotalMilliseconds, SoakOutcome.Hang, null);
        }
        catch (HttpRequestException e)
        {
            stats.Record(type, watch.Elapsed.TotalMilliseconds, SoakOutcome.Unexpected, "transport: " + e.Message);
        }
    }

    /// <summary>Keeps the client's own demand (to update) and the next page of the demand list (to browse on).</summary>
    private void Remember(string type, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var data = json.RootElement.GetProperty("data");
        if (type == "postDemand")
        {
            ownDemand = data.GetProperty("postDemand").GetProperty("demand").GetProperty("id").GetString();
        }
        else if (type == "browse-demands")
        {
            var page = data.GetProperty("demands").GetProperty("pageInfo");
            nextCursor = page.GetProperty("hasNextPage").GetBoolean() && random.Next(4) > 0 ? page.GetProperty("endCursor").GetString() : null;
        }
    }

    private static string Snippet(byte[] body)
    {
        string text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 200 ? text[..200] : text;
    }
}
