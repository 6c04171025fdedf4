using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Core.Tests.Listings;

/// <summary>
/// The flat LSH table against a brute-force band comparison over a model of what was set: keys are drawn from a
/// small pool per band, so buckets hold many slots and spread over the directory's cells.
/// </summary>
public sealed class LshTableTests
{
    private const int Width = 6;

    [Fact]
    public void Collect_AfterBuild_EqualsBruteForceBandComparison()
    {
        var random = new Random(11);
        var pool = Pool(random);
        var (table, model) = (new LshTable(Width), new Dictionary<int, uint[]>());
        for (int slot = 0; slot < 5_000; slot++)
        {
            model[slot] = Keys(random, pool);
            table.Load(slot, model[slot]);
        }

        table.Build();

        AssertSameAsBruteForce(table, model, random, pool);
        Assert.Equal(0, table.OverflowCount);
    }

    [Fact]
    public void Set_AfterBuild_FoundAtOnceWithClearedAndReusedSlots()
    {
        var random = new Random(12);
        var pool = Pool(random);
        var (table, model) = (new LshTable(Width), new Dictionary<int, uint[]>());
        for (int slot = 0; slot < 3_000; slot++)
        {
            model[slot] = Keys(random, pool);
            table.Load(slot, model[slot]);
        }

        table.Build();

        // Built slots cleared, some set again with other keys (their built entries are stale now), and new slots.
        for (int slot = 0; slot < 3_000; slot += 3)
        {
            table.Clear(slot);
            model.Remove(slot);
            if (slot % 2 == 0)
            {
                model[slot] = Keys(random, pool);
                table.Set(slot, model[slot]);
            }
        }

        for (int slot = 3_000; slot < 3_500; slot++)
        {
            model[slot] = Keys(random, pool);
            table.Set(slot, model[slot]);
        }

        // Overflow slots cleared from the head, middle and tail of their chains.
        foreach (int slot in new[] { 3_499, 3_250, 3_000, 6 })
        {
            table.Clear(slot);
            model.Remove(slot);
        }

        Assert.True(table.OverflowCount > 0);
        AssertSameAsBruteForce(table, model, random, pool);
    }

    [Fact]
    public void Set_PastTheOverflowShare_RebuildsAndStillFindsEverySlot()
    {
        var random = new Random(13);
        var pool = Pool(random);
        var (table, model) = (new LshTable(Width), new Dictionary<int, uint[]>());
        for (int slot = 0; slot < 6_000; slot++)
        {
            model[slot] = Keys(random, pool);
            table.Set(slot, model[slot]);
        }

        Assert.True(table.OverflowCount < 6_000, $"overflow {table.OverflowCount}");
        AssertSameAsBruteForce(table, model, random, pool);
    }

    [Fact]
    public void Set_LiveSlot_Throws()
    {
        var table = new LshTable(Width);
        table.Set(0, [1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() => table.Set(0, [4, 5, 6]));
        Assert.Equal([1u, 2u, 3u], table.Keys(0).ToArray());
        table.Clear(0);
        Assert.True(table.Keys(0).IsEmpty);
        table.Set(0, [4, 5, 6]);

        var found = new HashSet<int>();
        table.Collect([9, 9, 3], found);
        Assert.Empty(found);
        table.Collect([9, 9, 6], found);
        Assert.Equal([0], found);
    }

    [Fact]
    public void Collect_SameKeyInAnotherBand_NotFound()
    {
        var table = new LshTable(Width);
        table.Load(0, [7, 8]);
        table.Build();
        table.Set(1, [8, 7]);

        var found = new HashSet<int>();
        table.Collect([8, 7], found);

        Assert.Equal([1], found);
    }

    private static void AssertSameAsBruteForce(LshTable table, Dictionary<int, uint[]> model, Random random, uint[][] pool)
    {
        var queries = model.Values.Take(300).Concat(Enumerable.Range(0, 300).Select(_ => Keys(random, pool))).ToList();
        int nonEmpty = 0;
        foreach (uint[] query in queries)
        {
            var found = new HashSet<int>();
            table.Collect(query, found);
            var expected = model.Where(m => Enumerable.Range(0, Math.Min(query.Length, m.Value.Length)).Any(b => m.Value[b] == query[b]))
                .Select(m => m.Key).ToHashSet();
            Assert.True(expected.SetEquals(found), $"query [{string.Join(',', query)}]: expected {expected.Count}, found {found.Count}");
            nonEmpty += expected.Count > 1 ? 1 : 0;
        }

        // The pools make real buckets: most queries share one with more than one slot.
        Assert.True(nonEmpty > queries.Count / 2, $"{nonEmpty} of {queries.Count}");
        foreach (var (slot, keys) in model)
        {
            Assert.Equal(keys, table.Keys(slot).ToArray());
        }
    }

    /// <summary>A few hundred keys per band, spread over all 32 bits like band hashes.</summary>
    private static uint[][] Pool(Random random) =>
        [.. Enumerable.Range(0, Width).Select(_ => Enumerable.Range(0, 400).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray())];

    /// <summary>Mostly full width; one in four a key short, like a listing without a patent number.</summary>
    private static uint[] Keys(Random random, uint[][] pool)
    {
        int length = random.Next(4) == 0 ? Width - 1 : Width;
        return [.. Enumerable.Range(0, length).Select(b => pool[b][random.Next(pool[b].Length)])];
    }
}
