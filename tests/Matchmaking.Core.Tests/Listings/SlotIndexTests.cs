using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Core.Tests.Listings;

public sealed class SlotIndexTests
{
    [Fact]
    public void AddAndRemove_RandomOrder_SameAsADictionary()
    {
        var random = new Random(21);
        var (index, model) = (new SlotIndex(), new Dictionary<Guid, int>());
        var ids = new Guid[20_000];
        var free = new Stack<int>();
        int used = 0;
        for (int step = 0; step < 60_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                // Remove a random held id (its slot still holds it while it is removed).
                var id = model.Keys.ElementAt(random.Next(Math.Min(model.Count, 64)));
                Assert.Equal(model[id], index.Remove(id, ids));
                free.Push(model[id]);
                model.Remove(id);
            }
            else if (free.Count > 0 || used < ids.Length)
            {
                int slot = free.Count > 0 ? free.Pop() : used++;
                ids[slot] = Guid.NewGuid();
                index.Add(slot, ids);
                model[ids[slot]] = slot;
            }
        }

        Assert.Equal(model.Count, index.Count);
        foreach (var (id, slot) in model)
        {
            Assert.Equal(slot, index.Find(id, ids));
        }

        Assert.Equal(-1, index.Find(Guid.NewGuid(), ids));
        Assert.Equal(-1, index.Remove(Guid.NewGuid(), ids));
        Assert.Equal(-1, index.Find(Guid.Empty, ids));
    }
}
