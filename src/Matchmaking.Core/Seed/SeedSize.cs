namespace Matchmaking.Core.Seed;

/// <summary>How many records of each kind a seed run writes.</summary>
public sealed record SeedSize(int Institutions, int Enterprises, int Demands, int Achievements, int Experts)
{
    // The proportions of the committed set: 500 + 1,000 + 3,000 + 1,500 listings per 60 institutions.
    private const int DefaultListings = 6_000;

    /// <summary>The committed set under seed-data/: 60 institutions, 500 enterprises, 1,000 demands, 3,000 achievements, 1,500 experts.</summary>
    public static SeedSize Default { get; } = new(60, 500, 1_000, 3_000, 1_500);

    /// <summary>Listings (enterprises, demands, achievements, experts) counted together.</summary>
    public long Listings => (long)Enterprises + Demands + Achievements + Experts;

    /// <summary>About <paramref name="total"/> listings in the proportions of <see cref="Default"/>.</summary>
    public static SeedSize ForListings(int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, 1);
        double scale = (double)total / DefaultListings;

        // Enterprises are picked by industry (index mod 10), so keep at least one per industry.
        return new(
            Scaled(Default.Institutions, scale, 2),
            Scaled(Default.Enterprises, scale, 10),
            Scaled(Default.Demands, scale, 5),
            Scaled(Default.Achievements, scale, 15),
            Scaled(Default.Experts, scale, 8));
    }

    private static int Scaled(int count, double scale, int minimum) =>
        Math.Max(minimum, (int)Math.Round(count * scale, MidpointRounding.AwayFromZero));
}
