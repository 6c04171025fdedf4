using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// The planted duplicates of a seed set: one achievement in 50, one open demand in 50 and one expert in
/// 100 posted again (<see cref="DuplicateComposer"/>). Originals are spread over the set by a stride and
/// regenerated from their own streams, so this too streams at any size.
/// </summary>
internal sealed class SeedDuplicates(SeedPlan plan)
{
    private const int Stride = 7919;

    public int Achievements => plan.Size.Achievements / 50;

    public int Demands => plan.Size.Demands / 50;

    public int Experts => plan.Size.Experts / 100;

    public IEnumerable<PlantedDuplicate> All()
    {
        var names = new Bogus.DataSets.Name("zh_CN");
        for (int j = 0; j < Achievements; j++)
        {
            var random = SeedHash.Random(plan.Seed, SeedStream.DuplicateAchievement, j);
            var original = Pick(j, plan.Size.Achievements, i => AchievementComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Achievement, i)), a => a.Status == AchievementStatus.Published);
            yield return new(ListingKind.Achievement, DuplicateComposer.Achievement(plan.Seed, original, j, random), original.Id, DuplicateComposer.Exact(j) ? "exact" : "paraphrase");
        }

        for (int j = 0; j < Demands; j++)
        {
            var random = SeedHash.Random(plan.Seed, SeedStream.DuplicateDemand, j);
            var original = Pick(j, plan.Size.Demands, i => DemandComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Demand, i), names), d => d.Status == DemandStatus.Open);
            yield return new(ListingKind.Demand, DuplicateComposer.Demand(plan.Seed, original, j, random), original.Id, DuplicateComposer.Exact(j) ? "exact" : "paraphrase");
        }

        for (int j = 0; j < Experts; j++)
        {
            var random = SeedHash.Random(plan.Seed, SeedStream.DuplicateExpert, j);
            var original = Pick(j, plan.Size.Experts, i => ExpertComposer.Compose(plan, i, SeedHash.Random(plan.Seed, SeedStream.Expert, i), names), e => e.InstitutionId is not null);
            yield return new(ListingKind.Expert, DuplicateComposer.Expert(plan.Seed, original, j, random), original.Id, j % 2 == 0 ? "name" : "contact");
        }
    }

    private static T Pick<T>(int j, int count, Func<int, T> compose, Func<T, bool> live)
    {
        int start = (int)(((long)j * Stride) % count);
        for (int k = 0; k < count; k++)
        {
            var candidate = compose((start + k) % count);
            if (live(candidate))
            {
                return candidate;
            }
        }

        return compose(start);
    }
}
