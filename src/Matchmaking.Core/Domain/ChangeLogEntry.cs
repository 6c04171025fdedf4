namespace Matchmaking.Core.Domain;

/// <summary>
/// One row of the append-only change log. Written in the same transaction as the listing change it
/// records; the indexer tails it by <see cref="Sequence"/>.
/// </summary>
public sealed class ChangeLogEntry
{
    /// <summary>Monotonic sequence assigned by the database.</summary>
    public long Sequence { get; set; }

    public ListingKind EntityKind { get; set; }

    public Guid EntityId { get; set; }

    public ChangeOperation Operation { get; set; }

    public DateTimeOffset At { get; set; }
}
