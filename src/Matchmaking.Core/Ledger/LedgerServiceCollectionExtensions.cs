using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Ledger;

public static class LedgerServiceCollectionExtensions
{
    /// <summary>Registers the deal, payment, settlement, statement and reconciliation services (scoped, over the DbContext).</summary>
    public static IServiceCollection AddMatchmakingLedger(this IServiceCollection services)
    {
        services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DealService>();
        services.AddScoped<PaymentService>();
        services.AddScoped<SettlementService>();
        services.AddScoped<StatementService>();
        services.AddScoped<ReconciliationService>();
        return services;
    }
}
