using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;

namespace Matchmaking.Core.Analytics;

/// <summary>
/// The SQL both providers share, with the few expressions that differ spelled per provider: instants (SQLite
/// stores them as EF Core's binary ticks, local clock time plus the offset in the low 11 bits, so they are made
/// UTC before any comparison), Beijing months, days between two instants, medians and sums of money in whole 分.
/// </summary>
internal sealed class AnalyticsSql(bool postgres)
{
    /// <summary>8 hours in .NET ticks: Beijing time has no daylight saving, so a fixed offset is exact.</summary>
    private const long BeijingOffsetTicks = 288_000_000_000;

    /// <summary>An instant as a comparable UTC value: the column itself on PostgreSQL, UTC ticks on SQLite.</summary>
    public string Utc(string column) => postgres ? column : $"(({column} >> 11) * 1000 - (({column} << 53) >> 53) * 600000000)";

    /// <summary>The parameter value that compares with <see cref="Utc"/>.</summary>
    public object Parameter(DateTimeOffset at) => postgres ? at.ToUniversalTime() : at.UtcTicks;

    /// <summary>The Beijing calendar month of an instant, 'YYYY-MM'.</summary>
    public string Month(string column) => postgres
        ? $"to_char(({column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')"
        : $"strftime('%Y-%m', ({Utc(column)} + {BeijingOffsetTicks}) / 10000000 - 62135596800, 'unixepoch')";

    /// <summary>Days from one <see cref="Utc"/> value to another, as a double.</summary>
    public string Days(string from, string to) => postgres
        ? $"CAST(EXTRACT(EPOCH FROM ({to} - {from})) / 86400 AS double precision)"
        : $"(({to} - {from}) / 864000000000.0)";

    /// <summary>A decimal column in whole 分 (SQLite keeps decimals as text: two places are exact through a double).</summary>
    public string Fen(string column) => postgres
        ? $"CAST(ROUND({column} * 100) AS bigint)"
        : $"CAST(ROUND(CAST({column} AS REAL) * 100) AS INTEGER)";

    public string Zero => postgres ? "CAST(0 AS bigint)" : "0";

    public string ZeroDays => postgres ? "CAST(0 AS double precision)" : "0.0";

    /// <summary>
    /// The median of "Days" per ("Key", "Item") of <paramref name="rows"/>: percentile_cont on PostgreSQL; on
    /// SQLite the mean of the middle one or two rows by rank, which is the same number.
    /// </summary>
    public string Median(string rows) => postgres
        ? $"""SELECT "Key", "Item", {Zero} AS "Number", percentile_cont(0.5) WITHIN GROUP (ORDER BY "Days") AS "Days" FROM ({rows}) s GROUP BY "Key", "Item" """
        : $"""
           SELECT "Key", "Item", 0 AS "Number", AVG("Days") AS "Days" FROM (
             SELECT "Key", "Item", "Days",
                    ROW_NUMBER() OVER (PARTITION BY "Key", "Item" ORDER BY "Days") AS "Rank",
                    COUNT(*) OVER (PARTITION BY "Key", "Item") AS "Size"
             FROM ({rows}) s) r
           WHERE "Rank" IN (("Size" + 1) / 2, ("Size" + 2) / 2)
           GROUP BY "Key", "Item"
           """;

    /// <summary>The stage after each stage, as a CASE over a stage column (null for the last and for REJECTED).</summary>
    public static string NextStage(string column)
    {
        var whens = Enum.GetValues<MatchStage>()
            .Where(s => MatchWorkflow.Next(s) is not null)
            .Select(s => $"WHEN '{s}' THEN '{MatchWorkflow.Next(s)}'");
        return $"CASE {column} {string.Join(" ", whens)} END";
    }
}
