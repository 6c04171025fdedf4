using Bogus;

namespace Matchmaking.Core.Seed;

/// <summary>What a derived random stream or id belongs to; part of the hash so streams never coincide.</summary>
internal enum SeedStream : byte
{
    Plan = 1,
    Institution,
    Enterprise,
    EnterprisePlace,
    Demand,
    DemandSpec,
    Achievement,
    Expert,
    Workflow,
    Match,
    MatchEvent,
    Deal,
    DealParty,
    Payment,
    Policy,

    // Explicit values: streams other changes append above must not move these ids.
    DuplicateAchievement = 40,
    DuplicateDemand = 41,
    DuplicateExpert = 42,
    OffTopicWorkflow = 43,
    OffTopicMatch = 44,
    OffTopicMatchEvent = 45,
    ExpertCapacity = 46,
}

/// <summary>
/// Derives ids and per-record random streams from (seed, stream, index). Each record gets its own
/// stream so any record can be regenerated alone: that is what lets the writer stream millions of
/// records while a planted achievement still knows the exact wording of its demand.
/// </summary>
internal static class SeedHash
{
    public static ulong Of(int seed, SeedStream stream, long index)
    {
        ulong x = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ ((ulong)stream << 56));
        return Mix(x ^ (ulong)index);
    }

    public static Randomizer Random(int seed, SeedStream stream, long index) =>
        new((int)(Of(seed, stream, index) & 0x7FFF_FFFF));

    /// <summary>A version-4-shaped Guid, stable for (seed, stream, index).</summary>
    public static Guid Id(int seed, SeedStream stream, long index)
    {
        ulong high = Of(seed, stream, index);
        ulong low = Mix(high ^ 0xD1B54A32D192ED03UL);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, high);
        BitConverter.TryWriteBytes(bytes[8..], low);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    // SplitMix64 finaliser: cheap and well mixed, and unlike HashCode it is the same in every process.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
