using System.ComponentModel;

namespace Matchmaking.Core.Domain;

/// <summary>The province's ten emerging industries (十大新兴产业) plus a catch-all.</summary>
public enum Industry
{
    NextGenIt,          // 新一代信息技术
    ArtificialIntelligence, // 人工智能
    NewEnergyVehicles,  // 新能源汽车和智能网联汽车
    NewMaterials,       // 新材料
    HighEndEquipment,   // 高端装备制造
    NewEnergyAndEnvironment, // 新能源和节能环保
    LifeHealth,         // 生命健康
    SmartAppliances,    // 智能家电
    DigitalCreative,    // 数字创意
    GreenFood,          // 绿色食品
    Other,
}

/// <summary>How the two parties of a deal work together (合作方式). A flags enum: a listing may accept several.</summary>
[Flags]
public enum CooperationModes
{
    None = 0,
    Transfer = 1,         // 技术转让
    License = 2,          // 许可使用
    JointDevelopment = 4, // 合作开发
    Consulting = 8,       // 技术咨询/服务
}

/// <summary>Whether a demand takes answers.</summary>
public enum DemandStatus
{
    [Description("Takes answers (征集中).")] Open,
    [Description("Closed by its enterprise (已关闭); takes no more answers.")] Closed,
    [Description("Past its deadline (已过期); takes no more answers until its enterprise sets a later deadline.")] Expired,
}

/// <summary>Whether an achievement is on offer.</summary>
public enum AchievementStatus
{
    [Description("On offer (已发布).")] Published,
    [Description("Taken off the market by its owner (已撤回).")] Withdrawn,
}

/// <summary>The form of intellectual property behind an achievement (知识产权形式).</summary>
public enum IpForm
{
    [Description("发明专利 — invention patent.")] InventionPatent,
    [Description("实用新型专利 — utility model patent.")] UtilityModelPatent,
    [Description("软件著作权 — software copyright.")] SoftwareCopyright,
    [Description("技术秘密 — know-how, unpatented.")] KnowHow,
}

/// <summary>Enterprise size class (企业规模).</summary>
public enum EnterpriseSize
{
    [Description("微型企业 — micro.")] Micro,
    [Description("小型企业 — small.")] Small,
    [Description("中型企业 — medium.")] Medium,
    [Description("大型企业 — large.")] Large,
}

public enum InstitutionKind { University, ResearchInstitute, EnterpriseLab, Hospital }

/// <summary>The kinds of listing the search index holds and the change log names.</summary>
public enum ListingKind
{
    [Description("技术需求 — a technical demand.")] Demand,
    [Description("科技成果 — a research achievement.")] Achievement,
    [Description("专家 — an expert.")] Expert,
    [Description("企业 — an enterprise.")] Enterprise,
}

public enum ChangeOperation { Upsert, Delete }

/// <summary>What a demand is matched with.</summary>
public enum CandidateKind
{
    [Description("科技成果 — a research achievement.")] Achievement,
    [Description("专家 — an expert.")] Expert,
}

/// <summary>How a match came about.</summary>
public enum MatchOrigin
{
    [Description("Made from the engine's recommendation (系统推荐).")] Recommended,
    [Description("Proposed by a broker by hand (经纪人推荐).")] BrokerProposed,
}

/// <summary>suggested → shortlisted → introduced → negotiating → contracted → closed, or rejected.</summary>
public enum MatchStage
{
    [Description("待筛选 — suggested, not yet looked at.")] Suggested,
    [Description("已入围 — the broker thinks it worth an introduction.")] Shortlisted,
    [Description("已对接 — the parties were introduced; each sees the other's contact.")] Introduced,
    [Description("洽谈中 — the parties negotiate.")] Negotiating,
    [Description("已签约 — a contract was signed; a deal can be opened.")] Contracted,
    [Description("已完成 — done.")] Closed,
    [Description("已拒绝 — rejected, with a reason.")] Rejected,
}

/// <summary>Why a match was rejected.</summary>
public enum RejectReason
{
    [Description("技术不成熟 — the technology is not mature enough.")] TooEarlyStage,
    [Description("效益不明 — the benefit is unclear.")] BenefitUnclear,
    [Description("价格 — the price does not fit.")] Price,
    [Description("产权不清 — the IP situation is unclear.")] IpUnclear,
    [Description("产能/精力 — no capacity to take it on.")] Capacity,
    [Description("其他 — another reason; the note says which.")] Other,
    [Description("方向不符 — it does not answer the demand: the one reason that says the pair is not relevant, so the ranker learns it as a negative.")] NotRelevant,
}

/// <summary>The contract behind a deal.</summary>
public enum ContractType
{
    [Description("技术转让 — transfer of the rights.")] Transfer,
    [Description("技术许可 — licence to use.")] License,
    [Description("合作开发 — joint development.")] JointDevelopment,
    [Description("技术服务 — technical service or consulting.")] TechnicalService,
}

/// <summary>The role under which a deal party is paid.</summary>
public enum PartyRole
{
    [Description("企业 — the enterprise (the payer; receives no share).")] Enterprise,
    [Description("发明人/团队 — the inventors or team.")] Inventors,
    [Description("单位 — the university or institute.")] Institution,
    [Description("技术经纪人 — the broker.")] Broker,
    [Description("平台 — the platform.")] Platform,
    [Description("服务机构 — a service provider (evaluation, legal, …).")] ServiceProvider,
    [Description("税费 — tax withheld.")] Tax,
}

/// <summary>A chargeback is a refund the payer's bank forced; both post reversing entries.</summary>
public enum PaymentKind
{
    [Description("Money received (回款).")] Payment,
    [Description("Money returned to the payer (退款).")] Refund,
    [Description("A refund the payer's bank forced (拒付).")] Chargeback,
}

/// <summary>The side of a double-entry posting.</summary>
public enum EntrySide
{
    [Description("借方 — debit.")] Debit,
    [Description("贷方 — credit.")] Credit,
}

/// <summary>What a match history entry (撮合记录) records.</summary>
public enum MatchEventKind
{
    [Description("提出撮合 — a broker proposed the match; it starts at SUGGESTED.")] Proposed,
    [Description("推进 — the match moved one stage forward.")] Advanced,
    [Description("拒绝 — the match was rejected, with a reason.")] Rejected,
    [Description("反馈 — a party said whether the match was useful.")] Feedback,
    [Description("认领 — a broker took the match on as its handling broker.")] Claimed,
    [Description("指派 — an admin assigned the match to a broker, or moved it from one broker to another.")] Assigned,
    [Description("重新打开 — a rejected match was reopened, with a reason.")] Reopened,
    [Description("备注 — the handling broker or an admin added a note.")] Noted,
    [Description("豁免利益冲突 — an admin waived the match's conflicts of interest, with a note; it may then reach INTRODUCED.")] ConflictWaived,
}

/// <summary>Where a profile claim stands.</summary>
public enum ClaimStatus
{
    [Description("待审核 — waiting for an admin's review.")] Pending,
    [Description("已批准 — approved: the user owns the profile.")] Approved,
    [Description("已驳回 — rejected: the profile stays as it was.")] Rejected,
}

/// <summary>Which party of a match gave a piece of feedback; each side's feedback is kept apart, never overwritten.</summary>
public enum FeedbackSide
{
    [Description("需求方 — the demand side: the owner of the demand's enterprise.")] Demand,
    [Description("供给方 — the supply side: the owner of the achievement or expert profile.")] Supply,
    [Description("经纪人 — the handling broker (or an admin on the broker's behalf).")] Broker,
}

/// <summary>What a party declared about another (利益声明).</summary>
public enum DeclaredRelation
{
    [Description("利益冲突 — a conflict of interest: the two must not be matched without an admin's waiver.")] Conflict,
    [Description("关联方 — the other party is the enterprise's affiliate (a subsidiary, parent, spin-off or its own staff): treated as the same organisation.")] Affiliate,
}

/// <summary>Who a declaration names on the supply side of a match.</summary>
public enum DeclaredPartyKind
{
    [Description("科技成果 — an achievement.")] Achievement,
    [Description("专家 — an expert (also when he is on an achievement's team).")] Expert,
    [Description("机构 — an institution (every achievement and expert of it).")] Institution,
}
