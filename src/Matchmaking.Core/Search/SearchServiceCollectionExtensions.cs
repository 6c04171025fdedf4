using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matchmaking.Core.Search;

public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddMatchmakingSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ListingIndex>();
        services.AddSingleton<IndexMaintenance>();
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<LexicalRetriever>();
        services.TryAddSingleton<IReranker, LexicalReranker>();
        services.AddSingleton<Explainer>();
        services.AddSingleton<SearchPipeline>();
        return services;
    }
}
