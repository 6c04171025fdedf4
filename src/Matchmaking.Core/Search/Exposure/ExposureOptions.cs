using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Search.Exposure;

/// <summary>Tunables of the exposure step: expert capacity and how many hits of one institution a top page may hold.</summary>
public sealed class ExposureOptions
{
    public const string Section = "Search:Exposure";

    /// <summary>
    /// An expert who is not open to projects, or whose active matches reached the declared capacity, keeps this share
    /// of how far his score is above the candidate pool's worst; 0 (the default) puts every such expert below every
    /// available hit, 1 leaves the order alone.
    /// </summary>
    [Range(0, 1)]
    public double UnavailableFactor { get; set; }

    /// <summary>The top of the ranking the per-institution cap applies to (a first page).</summary>
    [Range(1, 100)]
    public int Window { get; set; } = 10;

    /// <summary>
    /// At most this many hits of one institution within <see cref="Window"/>; the others move just below it,
    /// in their order. 0 = no cap. Measured on the seed set's planted demand → expert pairs (README, Fair exposure).
    /// </summary>
    [Range(0, 100)]
    public int MaxPerInstitution { get; set; } = 2;

    /// <summary>
    /// How hard a recommendation's candidate is pushed down for having been on many recent first pages: it loses
    /// ExposureWeight × the share of recent pages it was on × the candidate pool's score range. 0 = off.
    /// </summary>
    [Range(0, 100)]
    public double ExposureWeight { get; set; } = 16;

    /// <summary>Past this many recorded pages the exposure counts are halved, so old pages fade.</summary>
    [Range(10, 10_000_000)]
    public int Horizon { get; set; } = 2000;

    /// <summary>A ledger with fewer pages divides by this many, so its first pages do not weigh alone.</summary>
    [Range(1, 100_000)]
    public int MinPages { get; set; } = 100;

    /// <summary>Whether search-box queries are capped too; off by default, since a query may name one institution's people.</summary>
    public bool CapSearches { get; set; }
}
