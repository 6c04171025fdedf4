using System.Globalization;
using Bogus;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Seed;

/// <summary>
/// Dates and contacts relative to a fixed reference day, never the wall clock, so the same seed
/// writes the same bytes on any day.
/// </summary>
internal static class SeedClock
{
    public static readonly DateOnly ReferenceDate = new(2026, 6, 1);

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTimeOffset Reference { get; } = new(ReferenceDate.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    /// <summary>A moment up to <paramref name="days"/> days before the reference, in office hours.</summary>
    public static DateTimeOffset Before(Randomizer random, int days) =>
        Reference.AddDays(-random.Number(1, days)).AddHours(random.Number(8, 18)).AddMinutes(random.Number(0, 59));

    /// <summary>A moment up to <paramref name="days"/> days after <paramref name="from"/>, never past the reference.</summary>
    public static DateTimeOffset After(Randomizer random, DateTimeOffset from, int days)
    {
        DateTimeOffset later = from.AddDays(random.Number(0, days)).AddMinutes(random.Number(0, 600));
        return later > Reference ? Reference : later;
    }

    public static ContactInfo Contact(Randomizer random, Bogus.DataSets.Name names, string prefix, int index)
    {
        names.Random = random;
        string person = names.LastName() + names.FirstName();
        string phone = "1" + random.ArrayElement(['3', '5', '7', '8', '9'])
            + random.Number(0, 999_999_999).ToString("D9", CultureInfo.InvariantCulture);
        return new ContactInfo
        {
            Person = person,
            Phone = phone,
            // example.com keeps the addresses obviously fictional; the index keeps them unique.
            Email = string.Create(CultureInfo.InvariantCulture, $"{prefix}{index:D6}@example.com"),
        };
    }
}
