using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Api.Tests;

/// <summary>
/// A fresh, private set of listings for one test: an enterprise and its demand (owner ent-…), an expert
/// and an achievement (owner res-…), and a match of the demand with the expert at stage SUGGESTED.
/// </summary>
public sealed record World(string Tag, Guid EnterpriseId, Guid DemandId, Guid ExpertId, Guid AchievementId, Guid MatchId)
{
    public const string DemandPhone = "0551-00000001";
    public const string ExpertPhone = "13900000002";

    public string EnterpriseOwner => "ent-" + Tag;

    public string ResearcherOwner => "res-" + Tag;

    public string Broker => "broker-" + Tag;

    public string Enterprise => GlobalId.Encode(nameof(Core.Domain.Enterprise), EnterpriseId);

    public string Demand => GlobalId.Encode(nameof(Core.Domain.Demand), DemandId);

    public string Expert => GlobalId.Encode(nameof(Core.Domain.Expert), ExpertId);

    public string Achievement => GlobalId.Encode(nameof(Core.Domain.Achievement), AchievementId);

    public string Match => GlobalId.Encode(nameof(Core.Domain.Match), MatchId);

    public static async Task<World> CreateAsync(IServiceProvider services, MatchStage stage = MatchStage.Suggested)
    {
        string tag = Guid.NewGuid().ToString("N")[..10];
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchmakingDbContext>();
        var enterprise = new Enterprise
        {
            Id = Guid.NewGuid(), Name = "合肥测试电池有限公司 " + tag, CreditCode = NewCreditCode(), Industry = Industry.NewEnergyVehicles,
            Region = "合肥市", OwnerSubject = "ent-" + tag, Contact = new() { Person = "王经理", Phone = "0551-99999999" },
        };
        var demand = new Demand
        {
            Id = Guid.NewGuid(), Title = "锂电池极片缺陷检测 " + tag, Description = "需要基于机器视觉的极片表面缺陷在线检测方案。", EnterpriseId = enterprise.Id,
            Industry = Industry.NewEnergyVehicles, Region = "合肥市", BudgetMin = 100000m, BudgetMax = 500000m, RequiredTrl = 5,
            CooperationModes = CooperationModes.JointDevelopment | CooperationModes.Transfer, Contact = new() { Person = "李工", Phone = DemandPhone },
        };
        var expert = new Expert
        {
            Id = Guid.NewGuid(), Name = "张教授 " + tag, Title = "教授", Industry = Industry.ArtificialIntelligence, OwnerSubject = "res-" + tag,
            Keywords = ["机器视觉", "缺陷检测"], Contact = new() { Phone = ExpertPhone, Email = "zhang@example.edu.cn" },
        };
        var achievement = new Achievement
        {
            Id = Guid.NewGuid(), Title = "基于深度学习的锂电池缺陷检测技术 " + tag, Abstract = "极片表面缺陷的在线检测。", Trl = 6,
            Industry = Industry.NewEnergyVehicles, IpForm = IpForm.InventionPatent, OwnerSubject = "res-" + tag, AskingPrice = 800000m,
            CooperationModes = CooperationModes.License, TeamExpertIds = [expert.Id],
        };
        var match = new Match
        {
            Id = Guid.NewGuid(), DemandId = demand.Id, CandidateKind = CandidateKind.Expert, CandidateId = expert.Id, Stage = stage,
            Origin = MatchOrigin.BrokerProposed, BrokerSubject = "broker-" + tag, Score = 0.8, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(enterprise, demand, expert, achievement, match);
        await db.SaveChangesAsync();
        return new World(tag, enterprise.Id, demand.Id, expert.Id, achievement.Id, match.Id);
    }

    /// <summary>A token for a role; owners get the subject that owns this world's listings.</summary>
    public string? Token(IServiceProvider services, string? role) => role switch
    {
        null => null,
        Roles.Enterprise => services.GetRequiredService<TokenIssuer>().Issue(role, EnterpriseOwner),
        Roles.Researcher => services.GetRequiredService<TokenIssuer>().Issue(role, ResearcherOwner),
        Roles.Broker => services.GetRequiredService<TokenIssuer>().Issue(role, Broker),
        _ => services.GetRequiredService<TokenIssuer>().Issue(role, "admin-" + Tag),
    };

    public static string NewCreditCode()
    {
        var random = Random.Shared;
        var first17 = new char[17];
        for (int i = 0; i < first17.Length; i++)
        {
            first17[i] = CreditCode.Alphabet[random.Next(10)];
        }

        return new string(first17) + CreditCode.CheckCharacter(first17);
    }
}
