namespace Matchmaking.Core.Search.Exposure;

/// <summary>How much an expert can take on now (专家承接能力): declared availability and capacity, and the matches he carries.</summary>
/// <param name="Open">Whether the expert declared himself open to new projects.</param>
/// <param name="Capacity">The most active matches he takes on at once; null = no limit declared.</param>
/// <param name="Active">His matches at an active stage (introduced, negotiating, contracted).</param>
public sealed record ExpertLoad(bool Open, int? Capacity, int Active)
{
    public bool AtCapacity => Capacity is { } capacity && Active >= capacity;

    public bool Available => Open && !AtCapacity;
}
