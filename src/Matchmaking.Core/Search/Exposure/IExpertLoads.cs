namespace Matchmaking.Core.Search.Exposure;

/// <summary>The seam between the search pipeline and the system of record: active matches change far more often than the index.</summary>
public interface IExpertLoads
{
    /// <summary>The load of each of <paramref name="expertIds"/> that exists; one round trip per search.</summary>
    Task<IReadOnlyDictionary<Guid, ExpertLoad>> LoadAsync(IReadOnlyCollection<Guid> expertIds, CancellationToken ct);
}
