using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Writes an achievement (科技成果) the way a lab publishes one: problem, method, measured results,
/// IP, maturity, where it applies. A literal one reuses its demand's synonyms and pain; a
/// paraphrased one names the same thing with the lab's words, other synonyms and the method.
/// </summary>
internal static class AchievementComposer
{
    private static readonly string[] Details =
    [
        "建立了相应的机理模型和工艺窗口，",
        "完成了样机研制和现场验证，",
        "形成了软硬件一体化的成套方案，",
        "通过仿真与实验相结合的方式确定了关键参数，",
        "",
    ];

    public static Achievement Compose(SeedPlan plan, int index, Randomizer random)
    {
        int owner = plan.AchievementDemand[index];
        bool planted = owner >= 0;
        DemandSpec spec = planted ? plan.SpecOf(owner) : DemandSpec.Create(plan.AchievementTuple(index), random);
        // Background achievements mix both styles so that style alone never gives a planted one away.
        bool paraphrased = planted ? plan.AchievementParaphrased[index] : random.Bool(0.6f);
        var topic = spec.Topic;
        int obj = paraphrased ? Wording.Other(random, topic.Objects.Length, spec.ObjectVariant) : spec.ObjectVariant;
        int task = paraphrased ? Wording.Other(random, topic.Tasks.Length, spec.TaskVariant) : spec.TaskVariant;
        int app = paraphrased ? Wording.Other(random, spec.Application.Length, spec.ApplicationVariant) : spec.ApplicationVariant;
        var words = new Words(topic.Objects[obj], topic.Tasks[task], spec.Application[app],
            paraphrased ? spec.Aspect.Offer : spec.Aspect.Need,
            topic.Methods[spec.AspectIndex % topic.Methods.Length],
            topic.Pains[spec.AspectIndex % topic.Pains.Length]);

        List<int> team = Team(plan, index, owner, topic.Industry, random);
        int institution = team.Count > 0 ? plan.ExpertInstitution[team[0]] : random.Number(plan.Institutions.Count - 1);
        // A planted answer meets the maturity its demand asks for; the background spans the whole scale.
        int trl = random.Number(planted ? spec.RequiredTrl ?? 3 : 3, 9);
        IpForm ip = random.WeightedRandom(
            [IpForm.InventionPatent, IpForm.UtilityModelPatent, IpForm.SoftwareCopyright, IpForm.KnowHow],
            [0.55f, 0.15f, 0.2f, 0.1f]);
        string? ipNumber = ip switch
        {
            IpForm.InventionPatent => Wording.PatentNumber(random, invention: true),
            IpForm.UtilityModelPatent => Wording.PatentNumber(random, invention: false),
            IpForm.SoftwareCopyright => Wording.SoftwareCopyright(random),
            _ => null,
        };
        CooperationModes modes = Wording.PickModes(random);
        var city = plan.Institutions[institution].City;

        string text = string.Concat(
            Intro(random, words, paraphrased),
            $"{(paraphrased ? "本成果提出" : "采用")}{words.Method}，{random.ArrayElement(Details)}",
            Results(random, spec, paraphrased),
            IpSentence(random, ip, ipNumber),
            $"目前已完成{Wording.Stage(trl)}，技术成熟度约为TRL {trl}。",
            random.Bool() ? $"可应用于{words.Application}等场景，" : $"已在{city.Short}的{words.Application}项目中开展示范应用，",
            $"可采取{Wording.Describe(modes)}等方式合作。");

        DateTimeOffset created = SeedClock.Before(random, 900);
        return new Achievement
        {
            Id = SeedHash.Id(plan.Seed, SeedStream.Achievement, index),
            Title = Title(random, words, paraphrased),
            Abstract = text,
            Keywords = Wording.Keywords(
                random.Shuffle(new[] { words.Object, words.Task, spec.Aspect.Keyword, random.ArrayElement(topic.Terms), words.Application, topic.Discipline }),
                random.Number(3, 6)),
            Discipline = topic.Discipline,
            Industry = topic.Industry,
            Region = city.Region,
            Trl = trl,
            IpForm = ip,
            IpNumber = ipNumber,
            CooperationModes = modes,
            AskingPrice = random.Bool(0.4f) ? null : random.Number(2, 200) * 50_000m,
            Status = random.Bool(0.95f) ? AchievementStatus.Published : AchievementStatus.Withdrawn,
            InstitutionId = SeedHash.Id(plan.Seed, SeedStream.Institution, institution),
            TeamExpertIds = [.. team.Select(e => SeedHash.Id(plan.Seed, SeedStream.Expert, e))],
            CreatedAt = created,
            UpdatedAt = SeedClock.After(random, created, 90),
        };
    }

    /// <summary>The text an achievement is found by: title and abstract.</summary>
    public static string DocumentText(Achievement achievement) => achievement.Title + "。" + achievement.Abstract;

    private static List<int> Team(SeedPlan plan, int index, int owner, Industry industry, Randomizer random)
    {
        var team = new List<int>();
        if (owner >= 0)
        {
            // The experts planted for the same demand worked on this answer.
            for (int k = 0; k < SeedPlan.MaxPlantedExperts; k++)
            {
                int e = plan.DemandExperts[(owner * SeedPlan.MaxPlantedExperts) + k];
                if (e >= 0 && random.Bool(0.7f))
                {
                    team.Add(e);
                }
            }
        }

        IReadOnlyList<int> pool = plan.ExpertsIn(industry);
        int size = random.Number(1, 4);
        for (int tries = 0; team.Count < size && pool.Count > 0 && tries < 8; tries++)
        {
            int e = pool[random.Number(pool.Count - 1)];
            if (!team.Contains(e))
            {
                team.Add(e);
            }
        }

        return team;
    }

    private static string Title(Randomizer random, Words w, bool paraphrased) => paraphrased
        ? random.Number(2) switch
        {
            0 => w.Method,
            1 => $"{w.Aspect}技术及其在{w.Application}中的应用",
            _ => $"{w.Object}{w.Aspect}关键技术",
        }
        : random.Number(2) switch
        {
            0 => $"{w.Object}{w.Aspect}{w.Task}技术",
            1 => $"面向{w.Application}的{w.Object}{w.Task}技术",
            _ => $"{w.Object}{w.Task}关键技术（解决{w.Aspect}问题）",
        };

    private static string Intro(Randomizer random, Words w, bool paraphrased) => paraphrased
        ? random.Number(1) switch
        {
            0 => $"{w.Aspect}是{w.Object}{w.Task}中的共性难题。",
            _ => $"本成果面向{w.Application}，围绕{w.Object}的{w.Aspect}开展研究。",
        }
        : random.Number(1) switch
        {
            0 => $"针对{w.Object}{w.Task}中{w.Aspect}的问题（{w.Pain}），本团队开展了系统研究。",
            _ => $"在{w.Application}中，{w.Object}{w.Aspect}问题普遍存在，{w.Pain}。",
        };

    private static string Results(Randomizer random, DemandSpec spec, bool paraphrased)
    {
        // The lab's name for an indicator in a paraphrase, the everyday one otherwise.
        int name = paraphrased ? 1 : 0;
        string results = Wording.Join(random, spec.Targets.Select(t => Wording.Result(random, t, name)));
        return random.Bool() ? $"经第三方检测，{results}。" : $"试验结果表明：{results}。";
    }

    private static string IpSentence(Randomizer random, IpForm ip, string? number) => ip switch
    {
        IpForm.InventionPatent => $"已获授权发明专利{random.Number(1, 6)}项（专利号{number}等）。",
        IpForm.UtilityModelPatent => $"已获授权实用新型专利（专利号{number}）。",
        IpForm.SoftwareCopyright => $"相关软件已取得计算机软件著作权（{number}）。",
        _ => "核心工艺以技术秘密形式保护。",
    };

    private sealed record Words(string Object, string Task, string Application, string Aspect, string Method, string Pain);
}
