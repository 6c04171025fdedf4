using Matchmaking.Core.Cluster;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Search.Analysis;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Search.Evaluation;
using Matchmaking.Core.Search.Exposure;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Search.Rerank;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Search;

public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddMatchmakingSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ListingIndex>();
        services.AddOptions<DuplicateOptions>().BindConfiguration(DuplicateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DuplicateDetector>();
        services.AddSingleton<IndexMaintenance>();
        services.AddSingleton(sp => new SynonymList(sp.GetRequiredService<IHostPaths>().Resolve(sp.GetRequiredService<IOptions<SearchOptions>>().Value.SynonymsPath)));
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var paths = sp.GetRequiredService<IHostPaths>();
            return new EnglishGlossary(Path(paths, o.GlossaryPath), Path(paths, o.CedictPath), o.CedictWords);
        });
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<LexicalRetriever>();
        services.AddOptions<RerankOptions>().BindConfiguration(RerankOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMatchmakingEmbeddings();
        services.AddSingleton<BrokerFeedback>();
        services.AddSingleton<FeatureExtractor>();
        services.AddSingleton<ScorerProvider>();
        services.AddSingleton<HybridReranker>();
        services.AddSingleton<TrainingSetBuilder>();
        services.AddSingleton<RankerRetraining>();
        services.AddSingleton<DecisionGroupBuilder>();
        services.AddSingleton<RankerComparison>();
        services.AddSingleton<RankerRollback>();
        services.AddSingleton<Embeddings.Training.EmbeddingRetraining>();
        services.AddSingleton<LexicalReranker>();
        services.TryAddSingleton<IReranker, PurposeReranker>();
        services.AddOptions<ExposureOptions>().BindConfiguration(ExposureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IExpertLoads, ExpertLoads>();
        services.AddSingleton<ExposureLedger>();
        services.AddSingleton<ExposureControl>();
        services.AddSingleton<Explainer>();
        services.AddMetrics();
        services.AddSingleton<SearchMetrics>();
        services.AddSingleton<SearchPipeline>();
        services.AddSingleton<Evaluator>();
        services.AddScoped<RecommendationService>();
        services.AddMatchmakingCluster();
        return services;
    }

    /// <summary>An empty setting turns a file off (it resolves to no file).</summary>
    private static string Path(IHostPaths paths, string relative) => string.IsNullOrWhiteSpace(relative) ? "" : paths.Resolve(relative);
}
