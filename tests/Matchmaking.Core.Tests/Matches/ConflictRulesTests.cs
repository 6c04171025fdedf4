using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;
using Matchmaking.Core.Tests.Domain;
using Matchmaking.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Matchmaking.Core.Tests.Matches;

/// <summary>Conflicts of interest over real data: each rule, the INTRODUCED gate and an admin's waiver in the history.</summary>
public sealed class ConflictRulesTests
{
    [Theory]
    [Providers]
    public async Task Advance_BrokerOwnsTheAchievement_RefusedUntilAnAdminWaives(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var service = new MatchService(db, TimeProvider.System);
        var match = await service.ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "res-1", null, default);
        await service.AdvanceAsync(match.Id, MatchStage.Shortlisted, new MatchActor("res-1", false), default);

        var refused = await Assert.ThrowsAsync<DomainException>(() => service.AdvanceAsync(match.Id, MatchStage.Introduced, new MatchActor("res-1", false), default));
        var conflicts = await ConflictRules.ForMatchAsync(db, match.Id, default);
        await service.WaiveConflictAsync(match.Id, "经纪人已回避，由平台复核", "admin-1", default);
        var introduced = await service.AdvanceAsync(match.Id, MatchStage.Introduced, new MatchActor("res-1", false), default);

        Assert.Equal(ErrorCodes.ConflictOfInterest, refused.Code);
        Assert.Contains(ConflictRules.BrokerIsParty, refused.Message);
        Assert.Equal([ConflictRules.BrokerIsParty], conflicts.Select(c => c.Code));
        Assert.Equal(MatchStage.Introduced, introduced.Stage);
        var waiver = await db.MatchEvents.AsNoTracking().SingleAsync(e => e.MatchId == match.Id && e.Kind == MatchEventKind.ConflictWaived);
        Assert.Equal(("admin-1", "经纪人已回避，由平台复核"), (waiver.ActorSubject, waiver.Note));
    }

    [Theory]
    [Providers]
    public async Task Conflicts_SameUserOnBothSidesAndInstitutionIsTheEnterprise_BothFound(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "user-9", achievementOwner: "user-9", enterpriseName: "合肥锂能科技有限公司", institutionName: " 合肥锂能科技有限公司 ");
        await using var db = database.CreateContext();
        var match = await new MatchService(db, TimeProvider.System).ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "broker-1", null, default);

        var conflicts = await ConflictRules.ForMatchAsync(db, match.Id, default);

        Assert.Equal([ConflictRules.SameOwner, ConflictRules.SameOrganisation], conflicts.Select(c => c.Code));
        Assert.All(conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Theory]
    [Providers]
    public async Task Advance_NoConflict_ReachesIntroducedAndWaiverRefused(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var service = new MatchService(db, TimeProvider.System);
        var match = await service.ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "broker-1", null, default);
        await service.AdvanceAsync(match.Id, null, new MatchActor("broker-1", false), default);

        var introduced = await service.AdvanceAsync(match.Id, null, new MatchActor("broker-1", false), default);
        var waive = await Assert.ThrowsAsync<DomainException>(() => service.WaiveConflictAsync(match.Id, "无", "admin-1", default));

        Assert.Equal(MatchStage.Introduced, introduced.Stage);
        Assert.Equal(ErrorCodes.InvalidTransition, waive.Code);
        Assert.Empty(await ConflictRules.ForMatchAsync(db, match.Id, default));
    }

    [Theory]
    [Providers]
    public async Task Conflicts_BrokerAndEnterpriseOwnerOnTheTeam_BothFoundFromTheDatabase(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var brokerExpert = new Expert { Id = Guid.CreateVersion7(), Name = "王工", OwnerSubject = "broker-7" };
        var ownerExpert = new Expert { Id = Guid.CreateVersion7(), Name = "李工", OwnerSubject = "ent-1" };
        var bystander = new Expert { Id = Guid.CreateVersion7(), Name = "赵工", OwnerSubject = "exp-3" };
        db.AddRange(brokerExpert, ownerExpert, bystander);
        var achievement = await db.Achievements.SingleAsync(a => a.Id == ids.Achievement);
        achievement.TeamExpertIds = [brokerExpert.Id, ownerExpert.Id];
        await db.SaveChangesAsync();
        var service = new MatchService(db, TimeProvider.System);
        var onTeam = await service.ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "broker-7", null, default);
        var toBystander = await service.ProposeAsync(ids.Demand, CandidateKind.Expert, bystander.Id, "broker-7", null, default);

        var conflicts = await ConflictRules.ForMatchesAsync(db, [onTeam.Id, toBystander.Id, Guid.NewGuid()], default);

        Assert.Equal([ConflictRules.BrokerIsParty, ConflictRules.SameOwner], conflicts[onTeam.Id].Select(c => c.Code));
        Assert.Empty(conflicts[toBystander.Id]);
        Assert.Equal(2, conflicts.Count);
    }

    [Theory]
    [Providers]
    public async Task WaiveVersusAdvance_Concurrent_IntroducedOnlyAfterARecordedWaiver(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        for (int round = 0; round < 12; round++)
        {
            Guid matchId;
            await using (var setup = database.CreateContext())
            {
                // The broker owns the candidate: BROKER_IS_PARTY until an admin waives it.
                var achievement = new Achievement { Id = Guid.CreateVersion7(), Title = $"极片检测 {round}", Abstract = "卷积神经网络识别极片划痕。", Trl = 6, OwnerSubject = "res-1" };
                setup.Add(achievement);
                await setup.SaveChangesAsync();
                var service = new MatchService(setup, TimeProvider.System);
                var match = await service.ProposeAsync(ids.Demand, CandidateKind.Achievement, achievement.Id, "res-1", null, default);
                await service.AdvanceAsync(match.Id, MatchStage.Shortlisted, new MatchActor("res-1", false), default);
                matchId = match.Id;
            }

            using var start = new Barrier(2);
            var advance = Task.Run(async () =>
            {
                await using var db = database.CreateContext();
                start.SignalAndWait();
                try
                {
                    await new MatchService(db, TimeProvider.System).AdvanceAsync(matchId, MatchStage.Introduced, new MatchActor("res-1", false), default);
                    return (string?)null;
                }
                catch (DomainException e)
                {
                    return e.Code;
                }
            });
            var waive = Task.Run(async () =>
            {
                await using var db = database.CreateContext();
                start.SignalAndWait();
                await new MatchService(db, TimeProvider.System).WaiveConflictAsync(matchId, "经纪人已回避，由平台复核", "admin-1", default);
            });
            await Task.WhenAll(advance, waive);

            await using var check = database.CreateContext();
            var history = await check.MatchEvents.AsNoTracking().Where(e => e.MatchId == matchId).ToListAsync();
            var stage = (await check.Matches.AsNoTracking().SingleAsync(m => m.Id == matchId)).Stage;
            var waivers = history.Where(e => e.Kind == MatchEventKind.ConflictWaived).ToList();
            var introduced = history.Where(e => e.ToStage == MatchStage.Introduced).ToList();
            Assert.Single(waivers);
            if (await advance is { } refused)
            {
                Assert.Equal(ErrorCodes.ConflictOfInterest, refused);
                Assert.Equal(MatchStage.Shortlisted, stage);
                Assert.Empty(introduced);
            }
            else
            {
                Assert.Equal(MatchStage.Introduced, stage);
                Assert.True(Assert.Single(introduced).At >= waivers[0].At, "INTRODUCED was recorded before the waiver.");
            }
        }
    }

    [Theory]
    [Providers]
    public async Task Declare_ConflictWithATeamMember_FoundOnMatchAndPairUntilWithdrawn(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var member = new Expert { Id = Guid.CreateVersion7(), Name = "赵工", OwnerSubject = "exp-3" };
        db.Experts.Add(member);
        (await db.Achievements.SingleAsync(a => a.Id == ids.Achievement)).TeamExpertIds = [member.Id];
        await db.SaveChangesAsync();
        var service = new MatchService(db, TimeProvider.System);
        var declarations = new ConflictDeclarationService(db, TimeProvider.System);
        var match = await service.ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "broker-1", null, default);
        await service.AdvanceAsync(match.Id, MatchStage.Shortlisted, new MatchActor("broker-1", false), default);
        var pair = new ConflictPair(ids.Demand, CandidateKind.Achievement, ids.Achievement);

        Assert.Empty(await ConflictRules.ForMatchAsync(db, match.Id, default));
        var declared = await declarations.DeclareAsync(await EnterpriseOfAsync(db, ids.Demand), DeclaredPartyKind.Expert, member.Id, DeclaredRelation.Conflict, "赵工为本企业前技术总监", new MatchActor("exp-3", false), default);
        var onMatch = await ConflictRules.ForMatchAsync(db, match.Id, default);
        var onPair = (await PairConflicts.ForPairsAsync(db, [pair], "broker-1", default))[pair];
        var refused = await Assert.ThrowsAsync<DomainException>(() => service.AdvanceAsync(match.Id, MatchStage.Introduced, new MatchActor("broker-1", false), default));
        await declarations.WithdrawAsync(declared.Id, new MatchActor("ent-1", false), default);
        var introduced = await service.AdvanceAsync(match.Id, MatchStage.Introduced, new MatchActor("broker-1", false), default);

        Assert.Equal([ConflictRules.DeclaredConflict], onMatch.Select(c => c.Code));
        Assert.Equal(onMatch, onPair);
        Assert.Equal(ErrorCodes.ConflictOfInterest, refused.Code);
        Assert.Equal(MatchStage.Introduced, introduced.Stage);
        Assert.Empty((await PairConflicts.ForPairsAsync(db, [pair], "broker-1", default))[pair]);
        var kept = await db.ConflictDeclarations.AsNoTracking().SingleAsync(d => d.Id == declared.Id);
        Assert.Equal(("exp-3", "ent-1"), (kept.DeclaredBy, kept.WithdrawnBy));
    }

    [Theory]
    [Providers]
    public async Task Declare_InstitutionAffiliate_SameOrganisationOnMatchAndPair(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var declarations = new ConflictDeclarationService(db, TimeProvider.System);
        var match = await new MatchService(db, TimeProvider.System).ProposeAsync(ids.Demand, CandidateKind.Achievement, ids.Achievement, "broker-1", null, default);
        Guid institution = await declarations.InstitutionNamedAsync(" 中国科学技术大学 ", default);

        await declarations.DeclareAsync(await EnterpriseOfAsync(db, ids.Demand), DeclaredPartyKind.Institution, institution, DeclaredRelation.Affiliate, "本企业为该校孵化企业", new MatchActor("ent-1", false), default);
        var pair = new ConflictPair(ids.Demand, CandidateKind.Achievement, ids.Achievement);
        var onMatch = await ConflictRules.ForMatchAsync(db, match.Id, default);
        var onPair = (await PairConflicts.ForPairsAsync(db, [pair], "res-1", default))[pair];

        Assert.Equal([ConflictRules.SameOrganisation], onMatch.Select(c => c.Code));
        Assert.Contains("关联方", Assert.Single(onMatch).Reason);
        Assert.Equal([ConflictRules.BrokerIsParty, ConflictRules.SameOrganisation], onPair.Select(c => c.Code));
    }

    [Theory]
    [Providers]
    public async Task Declare_TwiceOrByABystander_DuplicateAndForbidden(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        await using var db = database.CreateContext();
        var declarations = new ConflictDeclarationService(db, TimeProvider.System);
        Guid enterprise = await EnterpriseOfAsync(db, ids.Demand);

        await declarations.DeclareAsync(enterprise, DeclaredPartyKind.Achievement, ids.Achievement, DeclaredRelation.Conflict, null, new MatchActor("res-1", false), default);
        var twice = await Assert.ThrowsAsync<DomainException>(() => declarations.DeclareAsync(enterprise, DeclaredPartyKind.Achievement, ids.Achievement, DeclaredRelation.Conflict, null, new MatchActor("ent-1", false), default));
        var bystander = await Assert.ThrowsAsync<DomainException>(() => declarations.DeclareAsync(enterprise, DeclaredPartyKind.Achievement, ids.Achievement, DeclaredRelation.Affiliate, null, new MatchActor("someone", false), default));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => declarations.DeclareAsync(enterprise, DeclaredPartyKind.Expert, Guid.NewGuid(), DeclaredRelation.Conflict, null, new MatchActor("admin-1", true), default));

        Assert.Equal(ErrorCodes.Duplicate, twice.Code);
        Assert.Equal(ErrorCodes.Forbidden, bystander.Code);
        Assert.Equal((ErrorCodes.NotFound, "partyId"), (unknown.Code, unknown.Field));
        Assert.Single(await declarations.ForEnterpriseAsync(enterprise, includeWithdrawn: true, default));
    }

    [Theory]
    [Providers]
    public async Task Declare_SameFromTwoClientsAtOnce_OneStoredOneDuplicate(StorageProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var ids = await PlantAsync(database, enterpriseOwner: "ent-1", achievementOwner: "res-1", enterpriseName: "合肥锂能科技有限公司", institutionName: "中国科学技术大学");
        Guid enterprise;
        await using (var db = database.CreateContext())
        {
            enterprise = await EnterpriseOfAsync(db, ids.Demand);
        }

        for (int round = 0; round < 6; round++)
        {
            var relation = round % 2 == 0 ? DeclaredRelation.Conflict : DeclaredRelation.Affiliate;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
            {
                await using var db = database.CreateContext();
                try
                {
                    await new ConflictDeclarationService(db, TimeProvider.System).DeclareAsync(enterprise, DeclaredPartyKind.Achievement, ids.Achievement, relation, $"第{round}轮", new MatchActor(i == 0 ? "ent-1" : "res-1", false), default);
                    return "stored";
                }
                catch (DomainException e)
                {
                    return e.Code;
                }
            }));

            Assert.Equal(["stored", ErrorCodes.Duplicate], outcomes.Order(StringComparer.Ordinal).Reverse());
            await using var check = database.CreateContext();
            var active = await check.ConflictDeclarations.Where(d => d.WithdrawnAt == null && d.Relation == relation).ToListAsync();
            await new ConflictDeclarationService(check, TimeProvider.System).WithdrawAsync(Assert.Single(active).Id, new MatchActor("admin-1", true), default);
        }
    }

    [Fact]
    public void Evaluate_BrokerOnTheTeam_BrokerIsParty()
    {
        var parties = new MatchParties(new Match { BrokerSubject = "exp-2" }, Guid.NewGuid(), "ent-1", "res-1", ["exp-2"], null);

        Assert.Equal([ConflictRules.BrokerIsParty], ConflictRules.Evaluate(parties, "甲公司", null).Select(c => c.Code));
    }

    private static Task<Guid> EnterpriseOfAsync(MatchmakingDbContext db, Guid demandId) =>
        db.Demands.Where(d => d.Id == demandId).Select(d => d.EnterpriseId).SingleAsync();

    private static async Task<(Guid Demand, Guid Achievement)> PlantAsync(TestDatabase database, string enterpriseOwner, string achievementOwner, string enterpriseName, string institutionName)
    {
        await using var db = database.CreateContext();
        var institution = new Institution { Id = Guid.CreateVersion7(), Name = institutionName };
        var enterprise = new Enterprise { Id = Guid.CreateVersion7(), Name = enterpriseName, CreditCode = "91330100716105852F", OwnerSubject = enterpriseOwner };
        var demand = ListingValidatorTests.ValidDemand();
        demand.Id = Guid.CreateVersion7();
        demand.EnterpriseId = enterprise.Id;
        var achievement = new Achievement { Id = Guid.CreateVersion7(), Title = "锂电池极片缺陷视觉检测系统", Abstract = "卷积神经网络识别极片划痕。", Trl = 6, OwnerSubject = achievementOwner, InstitutionId = institution.Id };
        db.AddRange(institution, enterprise, demand, achievement);
        await db.SaveChangesAsync();
        return (demand.Id, achievement.Id);
    }
}
