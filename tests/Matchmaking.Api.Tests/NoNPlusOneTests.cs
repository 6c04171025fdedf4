using System.Net.Http.Json;
using System.Text.Json;
using Matchmaking.Api.Auth;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>A page of matches with demand, enterprise, candidate, broker and conflicts costs the same few round trips for 10 or 100 matches; a page of conflict declarations with their parties likewise.</summary>
public abstract class NoNPlusOneTests(BareApi api)
{
    private const string Page = """
        query($first: Int) { matches(first: $first, filter: { mine: true }) { totalCount edges { node { id stage broker conflicts { code }
          demand { title enterprise { name } }
          candidate { ... on Expert { name } ... on Achievement { title team(first: 5) { edges { node { name } } } } } } } } }
        """;

    [Fact]
    public async Task Matches_PageOf100_ConstantRoundTrips()
    {
        string broker = "broker-" + Guid.NewGuid().ToString("N")[..8];
        await CreateMatchesAsync(broker, 100);
        string token = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Broker, broker);

        var (small, smallCommands) = await CountAsync(token, 10);
        var (large, largeCommands) = await CountAsync(token, 100);

        Assert.Equal(100, large.GetProperty("edges").GetArrayLength());
        Assert.All(large.GetProperty("edges").EnumerateArray(), e => Assert.NotEqual(JsonValueKind.Null, e.GetProperty("node").GetProperty("candidate").ValueKind));
        Assert.Equal(10, small.GetProperty("edges").GetArrayLength());
        Assert.Equal(smallCommands, largeCommands);
        Assert.InRange(largeCommands, 1, 8);
    }

    [Fact]
    public async Task ConflictDeclarations_PageOf60_ConstantRoundTrips()
    {
        const string Declarations = """
            query($e: ID!, $first: Int) { enterprise(id: $e) { conflictDeclarations(first: $first) { edges { node { id partyKind partyName enterprise { name } } } } } }
            """;
        var enterprise = await CreateDeclarationsAsync(60);
        string token = api.Services.GetRequiredService<TokenIssuer>().Issue(Roles.Admin, "admin-" + Guid.NewGuid().ToString("N")[..8]);

        var (small, smallCommands) = await CountAsync(token, Declarations, new { e = GraphQL.GlobalId.Encode("Enterprise", enterprise), first = 6 });
        var (large, largeCommands) = await CountAsync(token, Declarations, new { e = GraphQL.GlobalId.Encode("Enterprise", enterprise), first = 60 });

        var edges = large.GetProperty("enterprise").GetProperty("conflictDeclarations").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(60, edges.Count);
        Assert.All(edges, e => Assert.StartsWith("方", e.GetProperty("node").GetProperty("partyName").GetString()));
        Assert.Equal(3, edges.Select(e => e.GetProperty("node").GetProperty("partyKind").GetString()).Distinct().Count());
        Assert.Equal(6, small.GetProperty("enterprise").GetProperty("conflictDeclarations").GetProperty("edges").GetArrayLength());
        Assert.Equal(smallCommands, largeCommands);
    }

    private async Task<Guid> CreateDeclarationsAsync(int count)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var now = DateTimeOffset.UtcNow;
        var enterprise = new Enterprise { Id = Guid.NewGuid(), Name = "声明企业", CreditCode = World.NewCreditCode() };
        db.Add(enterprise);
        for (int i = 0; i < count; i++)
        {
            var kind = (DeclaredPartyKind)(i % 3);
            Guid party = Guid.NewGuid();
            db.Add(kind switch
            {
                DeclaredPartyKind.Achievement => (object)new Achievement { Id = party, Title = $"方成果 {i}", Abstract = "摘要", Trl = 5 },
                DeclaredPartyKind.Expert => new Expert { Id = party, Name = $"方专家 {i}" },
                _ => new Institution { Id = party, Name = $"方机构 {i}" },
            });
            db.Add(new ConflictDeclaration
            {
                Id = Guid.NewGuid(), EnterpriseId = enterprise.Id, PartyKind = kind, PartyId = party, Relation = DeclaredRelation.Conflict,
                DeclaredBy = "admin", DeclaredAt = now.AddSeconds(i),
            });
        }

        await db.SaveChangesAsync();
        return enterprise.Id;
    }

    private Task<(JsonElement Matches, int Commands)> CountAsync(string token, int first) => CountAsync(token, Page, new { first }, "matches");

    private async Task<(JsonElement Data, int Commands)> CountAsync(string token, string query, object variables, string? field = null)
    {
        string tag = Guid.NewGuid().ToString("N");
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add(CommandCounter.Header, tag);
        using var response = await client.SendAsync(request);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var data = result.Data();
        return (field is null ? data : data.GetProperty(field), api.Counter.CountFor(tag));
    }

    private async Task CreateMatchesAsync(string broker, int count)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var now = DateTimeOffset.UtcNow;
        for (int i = 0; i < count; i++)
        {
            var enterprise = new Enterprise { Id = Guid.NewGuid(), Name = $"企业 {i}", CreditCode = World.NewCreditCode() };
            var demand = new Demand { Id = Guid.NewGuid(), Title = $"需求 {i}", Description = "描述", EnterpriseId = enterprise.Id };
            var expert = new Expert { Id = Guid.NewGuid(), Name = $"专家 {i}" };
            var achievement = new Achievement { Id = Guid.NewGuid(), Title = $"成果 {i}", Abstract = "摘要", Trl = 5, TeamExpertIds = [expert.Id] };
            bool toExpert = i % 2 == 0;
            db.AddRange(enterprise, demand, expert, achievement, new Match
            {
                Id = Guid.NewGuid(), DemandId = demand.Id, CandidateKind = toExpert ? CandidateKind.Expert : CandidateKind.Achievement,
                CandidateId = toExpert ? expert.Id : achievement.Id, BrokerSubject = broker, CreatedAt = now, UpdatedAt = now.AddSeconds(i),
            });
        }

        await db.SaveChangesAsync();
    }
}

public sealed class NoNPlusOneSqliteTests(BareSqliteApi api) : NoNPlusOneTests(api), IClassFixture<BareSqliteApi>;

public sealed class NoNPlusOnePostgresTests(BarePostgresApi api) : NoNPlusOneTests(api), IClassFixture<BarePostgresApi>;
