using Matchmaking.Core.Storage;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.Api.Tests.Ledger;

/// <summary>The service without the seed set: ledger tests create the data they read.</summary>
public abstract class LedgerApi(StorageProvider provider) : ApiFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:SeedWhenEmpty", "false");
    }
}

public sealed class LedgerSqliteApi() : LedgerApi(StorageProvider.Sqlite);

public sealed class LedgerPostgresApi() : LedgerApi(StorageProvider.Postgres);
