using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Storage;

/// <summary>Recognises a unique-index violation on either provider, so callers can report DUPLICATE.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        Npgsql.PostgresException p => p.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
