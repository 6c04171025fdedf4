using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Seed;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests.Duplicates;

/// <summary>The detector over the seeded service: the planted duplicates (seed-data/eval/duplicates/pairs.tsv) as users meet them.</summary>
public sealed class DuplicateApiTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private const string Duplicates = "possibleDuplicates { totalCount edges { similarity reason node { id } } }";

    [Fact]
    public async Task PossibleDuplicates_PlantedExactAchievement_OriginalBySamePatentNumber()
    {
        var (duplicate, original) = Planted("Achievement", "exact");

        var edges = (await api.PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Achievement {{ {Duplicates} }} }} }}", new { id = Id(nameof(Achievement), duplicate) }))
            .Data().GetProperty("node").GetProperty("possibleDuplicates").GetProperty("edges").EnumerateArray().ToList();

        var edge = Assert.Single(edges, e => e.GetProperty("node").GetProperty("id").GetString() == Id(nameof(Achievement), original));
        Assert.Equal("SAME_PATENT_NUMBER", edge.GetProperty("reason").GetString());
        Assert.True(edge.GetProperty("similarity").GetDouble() >= 0.9);
    }

    [Fact]
    public async Task PossibleDuplicates_PlantedParaphrasedDemands_NineInTenFoundBySimilarText()
    {
        // Live pairs only: demands past their deadline expire on the service's clock and leave the index.
        using var scope = api.Services.CreateScope();
        var open = await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Demands.Where(d => d.Status == DemandStatus.Open).Select(d => d.Id).ToListAsync();
        var pairs = Rows("Demand").Where(r => r.Variant == "paraphrase" && open.Contains(r.Original) && open.Contains(r.Duplicate)).ToList();
        int found = 0;
        foreach (var (duplicate, original, _) in pairs)
        {
            var edges = (await api.PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Demand {{ {Duplicates} }} }} }}", new { id = Id(nameof(Demand), duplicate) }))
                .Data().GetProperty("node").GetProperty("possibleDuplicates").GetProperty("edges").EnumerateArray().ToList();
            if (edges.FirstOrDefault(e => e.GetProperty("node").GetProperty("id").GetString() == Id(nameof(Demand), original)) is { ValueKind: JsonValueKind.Object } edge)
            {
                Assert.Equal("SIMILAR_TEXT", edge.GetProperty("reason").GetString());
                found++;
            }
        }

        Assert.True(pairs.Count >= 5, $"{pairs.Count} live planted pairs");
        Assert.True(found >= 0.9 * pairs.Count, $"{found} of {pairs.Count} found");
    }

    [Fact]
    public async Task Search_PlantedExactDuplicate_OneHitWithGroupSizeUnlessCollapseOff()
    {
        var (duplicate, original) = Planted("Achievement", "exact");
        string title = await TitleAsync(original);
        string[] pair = [Id(nameof(Achievement), original), Id(nameof(Achievement), duplicate)];
        const string Search = "query($t: String!, $c: Boolean!) { search(text: $t, first: 10, collapseDuplicates: $c) { edges { duplicateCount node { id } } } }";

        var collapsed = (await api.PostAsync(Search, new { t = title, c = true })).Data().GetProperty("search").GetProperty("edges").EnumerateArray().ToList();
        var all = (await api.PostAsync(Search, new { t = title, c = false })).Data().GetProperty("search").GetProperty("edges").EnumerateArray().ToList();

        var kept = Assert.Single(collapsed, e => pair.Contains(e.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(kept.GetProperty("duplicateCount").GetInt32() >= 2);
        Assert.Equal(2, all.Count(e => pair.Contains(e.GetProperty("node").GetProperty("id").GetString())));
    }

    [Fact]
    public async Task Recommendations_DemandForPlantedExactDuplicate_OneEdgeWithGroupSizeUnlessCollapseOff()
    {
        var (duplicate, original) = Planted("Achievement", "exact");
        using var scope = api.Services.CreateScope();
        var source = await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Achievements.AsNoTracking().FirstAsync(a => a.Id == original);
        string[] pair = [Id(nameof(Achievement), original), Id(nameof(Achievement), duplicate)];
        string token = Token(Roles.Enterprise, "dup-enterprise");
        var enterprise = (await api.PostAsync(
            """mutation($code: String!) { registerEnterprise(input: { name: "重复推荐测试有限公司", creditCode: $code, size: SMALL, region: "合肥市" }) { enterprise { id } } }""",
            new { code = World.NewCreditCode() }, token)).Data().GetProperty("registerEnterprise").GetProperty("enterprise").GetProperty("id").GetString();
        string demand = (await api.PostAsync(
            """mutation($e: ID!, $t: String!, $d: String!) { postDemand(input: { enterpriseId: $e, title: $t, description: $d, contact: { person: "李工", phone: "0551-66662222" } }) { demand { id } userErrors { code } } }""",
            new { e = enterprise, t = "寻求：" + source.Title, d = source.Abstract }, token)).Data().GetProperty("postDemand").GetProperty("demand").GetProperty("id").GetString()!;
        const string Recommend = "query($d: ID!, $c: Boolean!) { recommendations(for: $d, kinds: [ACHIEVEMENT], first: 10, collapseDuplicates: $c) { edges { duplicateCount node { id } } } }";

        var collapsed = (await api.PostAsync(Recommend, new { d = demand, c = true })).Data().GetProperty("recommendations").GetProperty("edges").EnumerateArray().ToList();
        var all = (await api.PostAsync(Recommend, new { d = demand, c = false })).Data().GetProperty("recommendations").GetProperty("edges").EnumerateArray().ToList();

        var kept = Assert.Single(collapsed, e => pair.Contains(e.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(kept.GetProperty("duplicateCount").GetInt32() >= 2);
        Assert.Equal(2, all.Count(e => pair.Contains(e.GetProperty("node").GetProperty("id").GetString())));
    }

    [Fact]
    public async Task PublishAchievement_TextOfAPublishedOne_WarnsPossibleDuplicateNamingIt()
    {
        var (_, original) = Planted("Achievement", "paraphrase");
        using var scope = api.Services.CreateScope();
        var source = await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Achievements.AsNoTracking().FirstAsync(a => a.Id == original);
        const string Publish = "mutation($t: String!, $a: String!) { publishAchievement(input: { title: $t, abstract: $a, trl: 5, ipForm: KNOW_HOW }) { achievement { id } userErrors { code } warnings { code message listing { id } } } }";
        string token = Token(Roles.Researcher, "dup-researcher");

        var copy = (await api.PostAsync(Publish, new { t = source.Title, a = source.Abstract }, token)).Data().GetProperty("publishAchievement");
        var fresh = (await api.PostAsync(Publish, new { t = "草莓温室补光灯的光谱调控", a = "一种按草莓生长期切换红蓝光比例的补光灯控制器，节电三成。" }, token)).Data().GetProperty("publishAchievement");

        Assert.Empty(copy.GetProperty("userErrors").EnumerateArray());
        var warning = Assert.Single(copy.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("listing").GetProperty("id").GetString() == Id(nameof(Achievement), original));
        Assert.Equal("POSSIBLE_DUPLICATE", warning.GetProperty("code").GetString());
        Assert.Empty(fresh.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task ExpertIdentitySuggestions_Admin_PlantedPairsByNameAndByContact()
    {
        var planted = Rows("Expert").ToList();
        const string Query = "{ expertIdentitySuggestions(first: 100) { totalCount edges { node { reason experts { edges { node { id } } } } } } }";

        var result = (await api.PostAsync(Query, token: Token(Roles.Admin, "dup-admin"))).Data().GetProperty("expertIdentitySuggestions");
        var forbidden = await api.PostAsync(Query, token: Token(Roles.Researcher, "dup-researcher"));

        var groups = result.GetProperty("edges").EnumerateArray()
            .Select(e => (Reason: e.GetProperty("node").GetProperty("reason").GetString(), Ids: e.GetProperty("node").GetProperty("experts").GetProperty("edges").EnumerateArray().Select(x => x.GetProperty("node").GetProperty("id").GetString()).ToHashSet()))
            .ToList();
        foreach (var (duplicate, original, variant) in planted)
        {
            string reason = variant == "name" ? "SAME_NAME_AND_INSTITUTION" : "SAME_CONTACT";
            Assert.Contains(groups, g => g.Reason == reason && g.Ids.Contains(Id(nameof(Expert), duplicate)) && g.Ids.Contains(Id(nameof(Expert), original)));
        }

        Assert.Equal("FORBIDDEN", forbidden.Code());
    }

    [Fact]
    public async Task ExpertPossibleDuplicates_SameContact_OnlyForAdmins()
    {
        var (duplicate, original, _) = Rows("Expert").First(r => r.Variant == "contact");
        string query = $"query($id: ID!) {{ node(id: $id) {{ ... on Expert {{ {Duplicates} }} }} }}";

        var anonymous = (await api.PostAsync(query, new { id = Id(nameof(Expert), duplicate) })).Data().GetProperty("node").GetProperty("possibleDuplicates");
        var admin = (await api.PostAsync(query, new { id = Id(nameof(Expert), duplicate) }, Token(Roles.Admin, "dup-admin"))).Data().GetProperty("node").GetProperty("possibleDuplicates");

        Assert.DoesNotContain(anonymous.GetProperty("edges").EnumerateArray(), e => e.GetProperty("reason").GetString() == "SAME_CONTACT");
        Assert.Contains(admin.GetProperty("edges").EnumerateArray(), e => e.GetProperty("reason").GetString() == "SAME_CONTACT" && e.GetProperty("node").GetProperty("id").GetString() == Id(nameof(Expert), original));
    }

    private static (Guid Duplicate, Guid Original) Planted(string kind, string variant)
    {
        var row = Rows(kind).First(r => r.Variant == variant);
        return (row.Duplicate, row.Original);
    }

    private static IEnumerable<(Guid Duplicate, Guid Original, string Variant)> Rows(string kind) =>
        File.ReadLines(Path.Combine(ApiFactory.RepositoryRoot, "seed-data", SeedWriter.DuplicatePairs)).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c[0] == kind).Select(c => (Guid.Parse(c[1]), Guid.Parse(c[2]), c[3]));

    private async Task<string> TitleAsync(Guid achievement)
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>().Achievements.Where(a => a.Id == achievement).Select(a => a.Title).FirstAsync();
    }

    private static string Id(string kind, Guid id) => GlobalId.Encode(kind, id);

    private string Token(string role, string subject) => api.Services.GetRequiredService<TokenIssuer>().Issue(role, subject);
}
