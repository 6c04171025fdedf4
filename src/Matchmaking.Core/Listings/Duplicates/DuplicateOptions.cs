using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Listings.Duplicates;

/// <summary>
/// Tunables of the near-duplicate detector (MinHash over character shingles, LSH banding). A pair is a
/// candidate when all <see cref="Rows"/> hashes of at least one of <see cref="Bands"/> bands agree, and a
/// possible duplicate when the estimated Jaccard similarity reaches <see cref="Threshold"/>. The defaults
/// were measured on the planted seed duplicates (README, Duplicate detection).
/// </summary>
public sealed class DuplicateOptions
{
    public const string Section = "Duplicates";

    /// <summary>Off: no detector is built, nothing is collapsed and no listing reports duplicates.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Estimated Jaccard similarity of the shingle sets from which two listings are possible duplicates.</summary>
    [Range(0.1, 1.0)]
    public double Threshold { get; set; } = 0.6;

    /// <summary>LSH bands; with <see cref="Rows"/> the S-curve's midpoint is about (1/Bands)^(1/Rows). One more bucket holds the patent number.</summary>
    [Range(1, 63)]
    public int Bands { get; set; } = 20;

    [Range(1, 16)]
    public int Rows { get; set; } = 5;

    /// <summary>Characters per shingle, after normalisation (punctuation and spaces dropped).</summary>
    [Range(2, 8)]
    public int ShingleLength { get; set; } = 4;

    /// <summary>At most this many possible duplicates are reported for one listing.</summary>
    [Range(1, 100)]
    public int MaxResults { get; set; } = 20;

    public int SignatureLength => Bands * Rows;
}
