using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Writes an expert (专家) profile: title, institution, research fields in the lab's words, keywords
/// and a bio listing projects and results, as institutions publish them.
/// </summary>
internal static class ExpertComposer
{
    private static readonly string[] Degrees =
        ["博士", "博士，博士生导师", "博士，硕士生导师", "硕士", "博士后"];

    public static Expert Compose(SeedPlan plan, int index, Randomizer random, Bogus.DataSets.Name names)
    {
        int owner = plan.ExpertDemand[index];
        DemandSpec spec = owner >= 0 ? plan.SpecOf(owner) : DemandSpec.Create(plan.ExpertTuple(index), random);
        var topic = spec.Topic;
        var (institutionName, kind, city) = plan.Institutions[plan.ExpertInstitution[index]];
        names.Random = random;
        string name = names.LastName() + names.FirstName();
        string title = random.ArrayElement(Vocabulary.Organisations.Titles(kind));
        string obj = random.ArrayElement(topic.Objects);
        string task = random.ArrayElement(topic.Tasks);
        var otherAspects = topic.Aspects.Where((_, i) => i != spec.AspectIndex).ToArray();
        string neighbour = otherAspects.Length > 0 ? random.ArrayElement(otherAspects).Offer : topic.Discipline;

        List<string> fields = Wording.Keywords(
            [spec.Aspect.Offer, obj + task, random.Bool(0.6f) ? neighbour : topic.Discipline], 3);
        List<string> keywords = Wording.Keywords(
            random.Shuffle(new[] { spec.Aspect.Keyword, task, random.ArrayElement(topic.Terms), random.ArrayElement(topic.Terms), obj }),
            random.Number(3, 5));
        string bio = string.Concat(
            $"{name}，{institutionName}{title}，{random.ArrayElement(Degrees)}。",
            $"主要从事{string.Join("、", fields)}等方面的研究。",
            $"主持国家重点研发计划课题、国家自然科学基金项目及{(city.Province == "安徽省" ? "安徽省" : city.Province)}科技重大专项等{random.Number(3, 20)}项，",
            $"发表SCI/EI论文{random.Number(10, 120)}篇，授权发明专利{random.Number(2, 40)}项。",
            $"在{spec.Aspect.Offer}方面，提出了{topic.Methods[spec.AspectIndex % topic.Methods.Length]}，",
            random.Bool() ? "相关成果已在多家企业推广应用。" : $"与{random.Number(3, 30)}家企业开展过产学研合作。");

        DateTimeOffset created = SeedClock.Before(random, 1_000);
        return new Expert
        {
            Id = SeedHash.Id(plan.Seed, SeedStream.Expert, index),
            Name = name,
            InstitutionId = SeedHash.Id(plan.Seed, SeedStream.Institution, plan.ExpertInstitution[index]),
            Title = title,
            ResearchFields = fields,
            Keywords = keywords,
            Bio = bio,
            Discipline = topic.Discipline,
            Industry = topic.Industry,
            Region = city.Region,
            OpenToProjects = random.Bool(0.85f),
            Capacity = Capacity(plan.Seed, index),
            Contact = Contact(SeedClock.Contact(random, names, "exp", index), name),
            CreatedAt = created,
            UpdatedAt = SeedClock.After(random, created, 200),
        };
    }

    /// <summary>
    /// Most experts declare no limit; about a third take on 2–5 active matches at once. Drawn from a stream of its
    /// own, so the rest of the profile reads the same as before capacities were seeded.
    /// </summary>
    private static int? Capacity(int seed, int index)
    {
        Randomizer random = SeedHash.Random(seed, SeedStream.ExpertCapacity, index);
        return random.Bool(0.35f) ? random.Number(2, 5) : null;
    }

    // An expert is reached in person, not through a secretary.
    private static ContactInfo Contact(ContactInfo contact, string name)
    {
        contact.Person = name;
        return contact;
    }

    /// <summary>The text an expert is found by: name, title, research fields, keywords and bio.</summary>
    public static string DocumentText(Expert expert) =>
        string.Join("。", expert.Name, expert.Title, string.Join("、", expert.ResearchFields), string.Join("、", expert.Keywords), expert.Bio);
}
