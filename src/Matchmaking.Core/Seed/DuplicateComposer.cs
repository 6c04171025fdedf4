using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Planted duplicates with ground truth: a listing posted again. An exact re-post keeps the text (cosmetic
/// changes only: spacing, punctuation, full-width digits) and the patent number; a paraphrased one gets a
/// reworded title, a sentence added, two sentences and the keywords reordered, and no patent
/// number, so only its text can give it away. Experts appear twice as one person: the same name at the same
/// institution with new contacts, or the same phone and e-mail under a name written differently.
/// </summary>
internal static class DuplicateComposer
{
    private static readonly string[] Additions =
    [
        "欢迎有需求的企业联系洽谈。",
        "团队可提供技术培训与现场指导。",
        "本信息为更新后重新发布。",
        "可根据企业需求进行定制化开发。",
    ];

    private static readonly string[] TitleForms = ["一种{0}", "{0}（更新）", "{0}及应用", "关于{0}"];

    public static bool Exact(int index) => index % 3 == 0;

    public static Achievement Achievement(int seed, Achievement original, int index, Randomizer random)
    {
        bool exact = Exact(index);
        return new Achievement
        {
            Id = SeedHash.Id(seed, SeedStream.DuplicateAchievement, index),
            Title = exact ? Cosmetic(original.Title) : Retitle(random, original.Title),
            Abstract = exact ? Cosmetic(original.Abstract) : Paraphrase(random, original.Abstract),
            Keywords = exact ? [.. original.Keywords] : Reorder(random, original.Keywords),
            Discipline = original.Discipline,
            Industry = original.Industry,
            Region = original.Region,
            Trl = original.Trl,
            IpForm = exact ? original.IpForm : IpForm.KnowHow,
            IpNumber = exact ? original.IpNumber : null,
            CooperationModes = original.CooperationModes,
            AskingPrice = original.AskingPrice,
            Status = AchievementStatus.Published,
            InstitutionId = original.InstitutionId,
            TeamExpertIds = [.. original.TeamExpertIds],
            CreatedAt = SeedClock.After(random, original.CreatedAt, 120),
            UpdatedAt = SeedClock.After(random, original.UpdatedAt, 150),
        };
    }

    public static Demand Demand(int seed, Demand original, int index, Randomizer random)
    {
        bool exact = Exact(index);
        return new Demand
        {
            Id = SeedHash.Id(seed, SeedStream.DuplicateDemand, index),
            Title = exact ? Cosmetic(original.Title) : Retitle(random, original.Title),
            Description = exact ? Cosmetic(original.Description) : Paraphrase(random, original.Description),
            Keywords = exact ? [.. original.Keywords] : Reorder(random, original.Keywords),
            Industry = original.Industry,
            Region = original.Region,
            BudgetMin = original.BudgetMin,
            BudgetMax = original.BudgetMax,
            Deadline = original.Deadline,
            RequiredTrl = original.RequiredTrl,
            CooperationModes = original.CooperationModes,
            Status = original.Status,
            EnterpriseId = original.EnterpriseId,
            Contact = new ContactInfo { Person = original.Contact.Person, Phone = original.Contact.Phone, Email = original.Contact.Email },
            CreatedAt = original.CreatedAt,
            UpdatedAt = original.UpdatedAt,
        };
    }

    /// <summary>Even indexes: same name and institution, new contacts; odd: same contacts, the name with a space (a typing variant).</summary>
    public static Expert Expert(int seed, Expert original, int index, Randomizer random)
    {
        bool sameName = index % 2 == 0;
        return new Expert
        {
            Id = SeedHash.Id(seed, SeedStream.DuplicateExpert, index),
            Name = sameName ? original.Name : $"{original.Name[..1]} {original.Name[1..]}",
            InstitutionId = sameName ? original.InstitutionId : null,
            Title = original.Title,
            ResearchFields = Reorder(random, original.ResearchFields),
            Keywords = Reorder(random, original.Keywords),
            Bio = Paraphrase(random, original.Bio),
            Discipline = original.Discipline,
            Industry = original.Industry,
            Region = original.Region,
            OpenToProjects = original.OpenToProjects,
            Contact = sameName
                ? new ContactInfo { Person = original.Name, Phone = $"1{random.Number(30, 99)}{random.Number(10_000_000, 99_999_999)}", Email = $"dup{index:D5}@example.com" }
                : new ContactInfo { Person = original.Contact.Person, Phone = original.Contact.Phone, Email = original.Contact.Email },
            CreatedAt = SeedClock.After(random, original.CreatedAt, 300),
            UpdatedAt = SeedClock.After(random, original.UpdatedAt, 300),
        };
    }

    private static string Cosmetic(string text) => text.Replace("，", ", ").Replace("：", ": ").Replace("1", "１").Replace("2", "２");

    private static string Retitle(Randomizer random, string title) => string.Format(System.Globalization.CultureInfo.InvariantCulture, random.ArrayElement(TitleForms), title);

    /// <summary>Two sentences swap places and one is added at the end.</summary>
    private static string Paraphrase(Randomizer random, string text)
    {
        var sentences = text.Split('。', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (sentences.Count >= 3)
        {
            int a = random.Number(1, sentences.Count - 2);
            (sentences[a], sentences[a + 1]) = (sentences[a + 1], sentences[a]);
        }

        return string.Concat(sentences.Select(s => s + "。")) + random.ArrayElement(Additions);
    }

    private static List<string> Reorder(Randomizer random, IReadOnlyList<string> items) => [.. random.Shuffle(items)];
}
