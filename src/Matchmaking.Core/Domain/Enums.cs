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

public enum DemandStatus { Open, Closed }

public enum AchievementStatus { Published, Withdrawn }

/// <summary>The form of intellectual property behind an achievement (知识产权形式).</summary>
public enum IpForm { InventionPatent, UtilityModelPatent, SoftwareCopyright, KnowHow }

public enum EnterpriseSize { Micro, Small, Medium, Large }

public enum InstitutionKind { University, ResearchInstitute, EnterpriseLab, Hospital }

/// <summary>The kinds of listing the search index holds and the change log names.</summary>
public enum ListingKind { Demand, Achievement, Expert, Enterprise }

public enum ChangeOperation { Upsert, Delete }

public enum CandidateKind { Achievement, Expert }

public enum MatchOrigin { Recommended, BrokerProposed }

/// <summary>suggested → shortlisted → introduced → negotiating → contracted → closed, or rejected.</summary>
public enum MatchStage { Suggested, Shortlisted, Introduced, Negotiating, Contracted, Closed, Rejected }

public enum RejectReason { TooEarlyStage, BenefitUnclear, Price, IpUnclear, Capacity, Other }

public enum ContractType { Transfer, License, JointDevelopment, TechnicalService }

public enum PartyRole { Enterprise, Inventors, Institution, Broker, Platform, ServiceProvider, Tax }

/// <summary>A chargeback is a refund the payer's bank forced; both post reversing entries.</summary>
public enum PaymentKind { Payment, Refund, Chargeback }

public enum EntrySide { Debit, Credit }

/// <summary>What a match history entry records.</summary>
public enum MatchEventKind { Proposed, Advanced, Rejected, Feedback }
