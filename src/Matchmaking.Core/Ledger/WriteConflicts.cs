using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Ledger;

/// <summary>Recognises the errors that mean "another writer got there first", which callers retry or skip.</summary>
internal static class WriteConflicts
{
    private const int SqliteConstraint = 19;

    public static bool IsConflict(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode == SqliteConstraint:
                    return true;

                // 23505 unique violation; 40001 serialization failure; 40P01 deadlock.
                case DbException db when db.SqlState is "23505" or "40001" or "40P01":
                    return true;
                case DbUpdateConcurrencyException:
                    return true;
            }
        }

        return false;
    }
}
