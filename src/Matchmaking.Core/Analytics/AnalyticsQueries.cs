using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Analytics;

/// <summary>
/// The seven grouped queries behind a report, each answering rows of ("Key", "Item", "Number", "Days"):
/// the group, what is counted within it (a stage, a reason, a role), a count or an amount in 分, and days.
/// Parameters: {0} and {1} the period, {2} the broker when the report is one broker's.
/// </summary>
internal sealed class AnalyticsQueries(AnalyticsSql sql, AnalyticsGrouping? groupBy, bool oneBroker)
{
    private const string From = "{0}";

    private const string To = "{1}";

    private string Broker => oneBroker ? """ AND m."BrokerSubject" = {2}""" : "";

    /// <summary>Matches proposed in the period (and the broker's own, for a broker).</summary>
    private string Cohort => $"""{sql.Utc("m.\"CreatedAt\"")} >= {From} AND {sql.Utc("m.\"CreatedAt\"")} < {To}{Broker}""";

    /// <summary>The group of a match row (m, joined with its demand d); '' for the total.</summary>
    private string MatchKey => groupBy switch
    {
        AnalyticsGrouping.Industry => "d.\"Industry\"",
        AnalyticsGrouping.Region => "d.\"Region\"",
        AnalyticsGrouping.Broker => "COALESCE(m.\"BrokerSubject\", '')",
        AnalyticsGrouping.Month => sql.Month("m.\"CreatedAt\""),
        _ => "''",
    };

    /// <summary>
    /// GROUP BY the group (left out for the total: PostgreSQL refuses a constant there) and <paramref name="items"/>.
    /// </summary>
    private string GroupBy(string key, params string[] items)
    {
        var columns = (groupBy is null ? items : [key, .. items]).ToList();
        return columns.Count == 0 ? "" : "GROUP BY " + string.Join(", ", columns);
    }

    private const string MatchRows = """ FROM "Matches" m JOIN "Demands" d ON d."Id" = m."DemandId" """;

    /// <summary>Item 'posted' and 'matched' per group: demands posted in the period, and those of them with a match.</summary>
    public string Demands()
    {
        string posted = $"""{sql.Utc("d.\"CreatedAt\"")} >= {From} AND {sql.Utc("d.\"CreatedAt\"")} < {To}""";
        if (groupBy == AnalyticsGrouping.Broker)
        {
            // A demand has no broker: per broker, the demands posted in the period that the broker has a match on.
            string rows = $"""SELECT COALESCE(m."BrokerSubject", '') AS "Key", COUNT(DISTINCT d."Id") AS "Number" {MatchRows} WHERE {posted}{Broker} GROUP BY COALESCE(m."BrokerSubject", '')""";
            return $"""
                    SELECT "Key", 'posted' AS "Item", "Number", {sql.ZeroDays} AS "Days" FROM ({rows}) p
                    UNION ALL
                    SELECT "Key", 'matched' AS "Item", "Number", {sql.ZeroDays} AS "Days" FROM ({rows}) q
                    """;
        }

        string key = groupBy switch
        {
            AnalyticsGrouping.Industry => "d.\"Industry\"",
            AnalyticsGrouping.Region => "d.\"Region\"",
            AnalyticsGrouping.Month => sql.Month("d.\"CreatedAt\""),
            _ => "''",
        };
        string matched = $"""EXISTS (SELECT 1 FROM "Matches" m WHERE m."DemandId" = d."Id"{Broker})""";
        return $"""
                SELECT {key} AS "Key", 'posted' AS "Item", COUNT(*) AS "Number", {sql.ZeroDays} AS "Days" FROM "Demands" d WHERE {posted} {GroupBy(key)}
                UNION ALL
                SELECT {key} AS "Key", 'matched' AS "Item", COUNT(*) AS "Number", {sql.ZeroDays} AS "Days" FROM "Demands" d WHERE {posted} AND {matched} {GroupBy(key)}
                """;
    }

    /// <summary>Matches of the cohort per current stage.</summary>
    public string CurrentStages() =>
        $"""SELECT {MatchKey} AS "Key", m."Stage" AS "Item", COUNT(*) AS "Number", {sql.ZeroDays} AS "Days" {MatchRows} WHERE {Cohort} {GroupBy(MatchKey, "m.\"Stage\"")} """;

    /// <summary>Matches of the cohort that ever reached each stage, from their history.</summary>
    public string ReachedStages() =>
        $"""SELECT {MatchKey} AS "Key", e."ToStage" AS "Item", COUNT(DISTINCT e."MatchId") AS "Number", {sql.ZeroDays} AS "Days" FROM "MatchEvents" e JOIN "Matches" m ON m."Id" = e."MatchId" JOIN "Demands" d ON d."Id" = m."DemandId" WHERE {Cohort} AND e."ToStage" IS NOT NULL {GroupBy(MatchKey, "e.\"ToStage\"")} """;

    /// <summary>Rejections of the cohort's matches per reason.</summary>
    public string Rejections() =>
        $"""SELECT {MatchKey} AS "Key", e."Reason" AS "Item", COUNT(*) AS "Number", {sql.ZeroDays} AS "Days" FROM "MatchEvents" e JOIN "Matches" m ON m."Id" = e."MatchId" JOIN "Demands" d ON d."Id" = m."DemandId" WHERE {Cohort} AND e."Kind" = '{MatchEventKind.Rejected}' AND e."Reason" IS NOT NULL {GroupBy(MatchKey, "e.\"Reason\"")} """;

    /// <summary>
    /// Median days per step (Item = the step's first stage): from the first time a match reached a stage to the
    /// first time it reached the next one.
    /// </summary>
    public string StepMedians()
    {
        string reached = $"""SELECT e."MatchId", e."ToStage" AS "Stage", MIN({sql.Utc("e.\"At\"")}) AS "At" FROM "MatchEvents" e JOIN "Matches" m ON m."Id" = e."MatchId" WHERE {Cohort} AND e."ToStage" IS NOT NULL GROUP BY e."MatchId", e."ToStage" """;
        string steps = $"""
                        SELECT {MatchKey} AS "Key", a."Stage" AS "Item", {sql.Days("a.\"At\"", "b.\"At\"")} AS "Days"
                        FROM ({reached}) a
                        JOIN ({reached}) b ON b."MatchId" = a."MatchId" AND b."Stage" = {AnalyticsSql.NextStage("a.\"Stage\"")}
                        JOIN "Matches" m ON m."Id" = a."MatchId" JOIN "Demands" d ON d."Id" = m."DemandId"
                        """;
        return sql.Median(steps);
    }

    /// <summary>Deals on the cohort's matches: Item 'count' and Item 'value' (in 分).</summary>
    public string Deals()
    {
        string rows = $"""FROM "Deals" dl JOIN "Matches" m ON m."Id" = dl."MatchId" JOIN "Demands" d ON d."Id" = m."DemandId" WHERE {Cohort}""";
        return $"""
                SELECT {MatchKey} AS "Key", 'count' AS "Item", COUNT(*) AS "Number", {sql.ZeroDays} AS "Days" {rows} {GroupBy(MatchKey)}
                UNION ALL
                SELECT {MatchKey} AS "Key", 'value' AS "Item", CAST(COALESCE(SUM({sql.Fen("dl.\"Value\"")}), 0) AS bigint) AS "Number", {sql.ZeroDays} AS "Days" {rows} {GroupBy(MatchKey)}
                """;
    }

    /// <summary>Settled revenue per role (in 分): what the ledger credited each role's payees, less what refunds took back.</summary>
    public string Revenue() =>
        $"""
         SELECT {MatchKey} AS "Key", le."Role" AS "Item",
                CAST(COALESCE(SUM(CASE WHEN le."Side" = '{EntrySide.Credit}' THEN {sql.Fen("le.\"Amount\"")} ELSE -{sql.Fen("le.\"Amount\"")} END), 0) AS bigint) AS "Number", {sql.ZeroDays} AS "Days"
         FROM "LedgerEntries" le JOIN "Deals" dl ON dl."Id" = le."DealId" JOIN "Matches" m ON m."Id" = dl."MatchId" JOIN "Demands" d ON d."Id" = m."DemandId"
         WHERE {Cohort} AND le."Role" IS NOT NULL
         {GroupBy(MatchKey, "le.\"Role\"")}
         """;
}
