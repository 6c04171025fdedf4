using System.Reflection;
using Matchmaking.Core.Storage;
using Xunit.Sdk;

namespace Matchmaking.Tests.Shared;

/// <summary>
/// Runs a theory once per storage provider. PostgreSQL runs whenever MATCHMAKING_TEST_POSTGRES is set
/// (scripts/test.sh always sets it); under CI=true a missing server fails the run instead of skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [StorageProvider.Sqlite];
        if (TestDatabase.PostgresConnectionString is not null || Environment.GetEnvironmentVariable("CI") == "true")
        {
            yield return [StorageProvider.Postgres];
        }
    }
}
