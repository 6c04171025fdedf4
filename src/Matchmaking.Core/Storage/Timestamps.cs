using Matchmaking.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Matchmaking.Core.Storage;

/// <summary>
/// Times are kept at one precision, whole microseconds — PostgreSQL's — on every provider and in memory,
/// so that an object returned right after a write equals the same object read back later (a replayed
/// payment answers the same receivedAt as the first).
/// </summary>
public static class Timestamps
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTimeOffset Stored(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TicksPerMicrosecond));

    /// <summary>Truncates every DateTimeOffset about to be written.</summary>
    internal static void Normalize(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is DateTimeOffset value && value.Ticks % TicksPerMicrosecond != 0)
                {
                    property.CurrentValue = Stored(value);
                }
            }
        }
    }
}
