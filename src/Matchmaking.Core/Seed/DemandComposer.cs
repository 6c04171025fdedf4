using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Writes a demand (技术需求) the way an enterprise posts one: who we are, what goes wrong, what we
/// need to reach, what we can pay, how we want to work together. Templates are crossed with the
/// topic's synonyms so that no two demands read alike.
/// </summary>
internal static class DemandComposer
{
    private static readonly string[] Attempts =
    [
        "前期尝试过调整工艺参数和更换设备，效果有限。",
        "也找过设备厂家，但对方只能提供标准方案，解决不了我们的具体问题。",
        "内部技术团队攻关了一年多，始终没有突破。",
        "曾与外部机构接触过，但方案成本过高未能落地。",
        "",
        "",
    ];

    public static Demand Compose(SeedPlan plan, int index, Randomizer random, Bogus.DataSets.Name names)
    {
        DemandSpec spec = plan.SpecOf(index);
        int enterprise = plan.PickEnterprise(random, spec.Topic.Industry);
        EnterpriseProfile owner = EnterpriseProfile.Of(plan.Seed, enterprise);
        bool closed = random.Bool(0.1f);
        (decimal? min, decimal? max) = Budget(random);
        int? trl = spec.RequiredTrl;
        CooperationModes modes = Wording.PickModes(random);
        DateTimeOffset created = SeedClock.Before(random, 540);

        string description = string.Concat(
            Background(random, spec, owner),
            Problem(random, spec),
            random.ArrayElement(Attempts),
            Targets(random, spec),
            BudgetSentence(random, min, max),
            Cooperation(random, modes, trl));

        return new Demand
        {
            Id = SeedHash.Id(plan.Seed, SeedStream.Demand, index),
            Title = Title(random, spec),
            Description = description,
            Keywords = Wording.Keywords(
                random.Shuffle(new[] { spec.Object, spec.Task, spec.Aspect.Keyword, spec.Term, spec.ApplicationName }),
                random.Number(3, 5)),
            Industry = spec.Topic.Industry,
            Region = owner.City.Region,
            BudgetMin = min,
            BudgetMax = max,
            Deadline = random.Bool(0.15f) ? null
                : closed ? SeedClock.ReferenceDate.AddDays(-random.Number(1, 180))
                : SeedClock.ReferenceDate.AddDays(random.Number(30, 400)),
            RequiredTrl = trl,
            CooperationModes = modes,
            Status = closed ? DemandStatus.Closed : DemandStatus.Open,
            EnterpriseId = SeedHash.Id(plan.Seed, SeedStream.Enterprise, enterprise),
            Contact = SeedClock.Contact(random, names, "dem", index),
            CreatedAt = created,
            UpdatedAt = SeedClock.After(random, created, 60),
        };
    }

    /// <summary>The text a query is made of: title and description, as the BEIR files carry it.</summary>
    public static string QueryText(Demand demand) => demand.Title + "。" + demand.Description;

    private static string Title(Randomizer random, DemandSpec s) => random.Number(6) switch
    {
        0 => $"{s.Object}{s.Aspect.Need}问题解决方案征集",
        1 => $"寻求{s.Object}{s.Task}技术，解决{s.Aspect.Need}问题",
        2 => $"{s.ApplicationName}领域{s.Object}{s.Task}技术需求",
        3 => $"关于{s.Aspect.Need}的{s.Object}{s.Task}技术攻关",
        4 => $"{s.Object}{s.Task}：{s.Aspect.Need}",
        5 => $"急需{s.Object}{s.Aspect.Need}相关技术",
        _ => $"{s.Task}技术合作需求（{s.Object}）",
    };

    private static string Background(Randomizer random, DemandSpec s, EnterpriseProfile owner) => random.Number(3) switch
    {
        0 => $"我公司位于{owner.City.Region}，是一家从事{s.Object}相关产品研发和生产的{owner.SizeWord}，产品主要面向{s.ApplicationName}。",
        1 => $"本企业成立于{owner.Founded}年，主营{s.Object}相关业务，客户以{s.ApplicationName}为主。",
        2 => $"公司长期为{s.ApplicationName}客户配套，近年来订单增长较快，对{s.Task}提出了更高要求。",
        _ => $"我们是{owner.City.Short}本地的一家{owner.SizeWord}。",
    };

    private static string Problem(Randomizer random, DemandSpec s)
    {
        string pain = s.Topic.Pains[s.AspectIndex % s.Topic.Pains.Length];
        return random.Number(3) switch
        {
            0 => $"目前在{s.Object}{s.Task}环节，{s.Aspect.Need}问题比较突出：{pain}。",
            1 => $"现阶段的主要困难是{pain}，其中{s.Aspect.Need}尤为明显，已经影响到交付和客户满意度。",
            2 => $"说实话，{pain}，{s.Aspect.Need}这个问题困扰我们很久了。",
            _ => $"经内部分析，{s.Aspect.Need}是制约{s.Object}{s.Task}水平提升的主要瓶颈，具体表现为{pain}。",
        };
    }

    private static string Targets(Randomizer random, DemandSpec s)
    {
        string targets = Wording.Join(random, s.Targets.Select(t => Wording.Requirement(random, t)));
        string compatible = random.Bool(0.4f) ? $"方案需兼容现有{s.Term}系统。" : "";
        return random.Number(2) switch
        {
            0 => $"希望通过合作达到以下指标：{targets}。{compatible}",
            1 => $"技术指标要求：{targets}。{compatible}",
            _ => $"目标是{targets}，{(compatible.Length > 0 ? compatible : "并能在现有产线上稳定运行。")}",
        };
    }

    private static (decimal? Min, decimal? Max) Budget(Randomizer random)
    {
        if (random.Bool(0.12f))
        {
            return (null, null);
        }

        decimal min = random.Number(2, 100) * 50_000m;
        if (random.Bool(0.15f))
        {
            return (min, null);
        }

        return (min, min * random.Number(1, 4) + (random.Number(0, 10) * 50_000m));
    }

    private static string BudgetSentence(Randomizer random, decimal? min, decimal? max) => (min, max) switch
    {
        (null, _) => random.Bool() ? "经费面议。" : "研发经费可根据方案面谈。",
        (decimal lo, null) => $"预算{Wording.Wan(lo)}万元起，效果好可追加投入。",
        (decimal lo, decimal hi) when lo == hi => $"预算约{Wording.Wan(hi)}万元。",
        (decimal lo, decimal hi) => random.Bool() ? $"研发经费预算{Wording.Wan(lo)}–{Wording.Wan(hi)}万元。" : $"预计投入{Wording.Wan(lo)}至{Wording.Wan(hi)}万元。",
    };

    private static string Cooperation(Randomizer random, CooperationModes modes, int? trl)
    {
        string how = Wording.Describe(modes);
        string maturity = trl is { } level ? $"要求技术成熟度达到TRL {level}级（{Wording.Stage(level)}）以上。" : "对技术成熟度没有硬性要求，可共同开发。";
        return random.Number(2) switch
        {
            0 => $"合作方式可以是{how}。{maturity}",
            1 => $"优先考虑{how}，{maturity}欢迎高校、科研院所和专家团队联系洽谈。",
            _ => $"期望以{how}方式合作，希望{random.Number(3, 18)}个月内完成验证。{maturity}",
        };
    }
}
