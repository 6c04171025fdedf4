using GraphQL;
using GraphQL.Types;
using GraphQL.DataLoader;
using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Matching;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>The search and recommendation root fields: both run the one pipeline (analyze → retrieve → rerank → explain).</summary>
internal static class SearchQueryFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Free-text search (全文检索) in Chinese and English. The text is analysed (words, character bigrams, model numbers, synonyms), never parsed as query syntax; text of only punctuation returns nothing. Searches achievements (科技成果) unless `kinds` says otherwise. Ranked results page by position: `last` needs `before`.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. 锂电池 极片 缺陷检测.")
            .Argument<ListGraphType<NonNullGraphType<ListingKindType>>>("kinds", "Which kinds of listing to search (default [ACHIEVEMENT]).")
            .Argument<SearchFilterInputType>("filter", "Hard filters; every given field must match.")
            .Argument<NonNullGraphType<BooleanGraphType>>("collapseDuplicates", "One hit per group of possible duplicates (合并疑似重复), the best-ranked one; its edge's duplicateCount says how many listings it stands for. On by default.", a => a.DefaultValue = true)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var options = ctx.Service<IOptions<GraphQLOptions>>().Value;
                var (offset, count) = Connections.Positions(Connections.Read(ctx), options.MaxSearchOffset);
                var kinds = ctx.GetArgument<List<ListingKind>?>("kinds") is { Count: > 0 } given ? given : [ListingKind.Achievement];
                var request = new SearchRequest(ctx.GetArgument<string>("text"), kinds, count, offset)
                {
                    Filter = Filter(ctx.Input("filter"), options.MaxFilterValues),
                    IncludeFacets = Selects(ctx, "facets"),
                    IncludeSnippets = SelectsInEdges(ctx, "highlights", "explanation"),
                    CollapseDuplicates = ctx.GetArgument("collapseDuplicates", true),
                };
                var result = await ctx.Service<SearchPipeline>().RunAsync(request, ctx.CancellationToken);
                return await PageAsync(ctx, result, offset);
            });

        query.Field<NonNullGraphType<SearchConnectionType>>("recommendations")
            .Description("Matches for a listing (推荐): for a demand, achievements and experts; for an expert or an achievement, open demands. The listing's TRL, budget and region are boosts, shown in each hit's constraints; `filter` adds hard filters. Ranked results page by position: `last` needs `before`.")
            .Argument<NonNullGraphType<IdGraphType>>("for", "The demand, achievement or expert to match.")
            .Argument<ListGraphType<NonNullGraphType<ListingKindType>>>("kinds", "For a demand: ACHIEVEMENT and/or EXPERT (default both).")
            .Argument<SearchFilterInputType>("filter", "Hard filters on the candidates; every given field must match.")
            .Argument<BooleanGraphType>("includeRejected", "Also list candidates already paired with this listing in a REJECTED match (default false: they are left out and the next ones move up).")
            .Argument<NonNullGraphType<BooleanGraphType>>("collapseDuplicates", "One hit per group of possible duplicates (合并疑似重复), the best-ranked one; its edge's duplicateCount says how many listings it stands for. On by default; false lists every copy.", a => a.DefaultValue = true)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var options = ctx.Service<IOptions<GraphQLOptions>>().Value;
                var (offset, count) = Connections.Positions(Connections.Read(ctx), options.MaxSearchOffset);
                var (kind, id) = GlobalId.Decode(ctx.GetArgument<string>("for"));
                if (!Enum.TryParse(kind, out ListingKind listingKind))
                {
                    throw new DomainException(ErrorCodes.InvalidId, "recommendations are made for demands, achievements and experts.", "for");
                }

                var kinds = ctx.GetArgument<List<ListingKind>?>("kinds") ?? [];
                var filter = ctx.GetArgument<object?>("filter") is null ? null : Filter(ctx.Input("filter"), options.MaxFilterValues);
                var result = await ctx.Service<RecommendationService>().RecommendAsync(listingKind, id, kinds, count, offset, filter, ctx.CancellationToken, ctx.GetArgument("includeRejected", false), ctx.GetArgument("collapseDuplicates", true));
                return await PageAsync(ctx, result, offset, (listingKind, id));
            });
    }

    /// <summary>Facets cost a pass over every match: computed only when the client asks for them.</summary>
    private static bool Selects(IResolveFieldContext ctx, string field) => ctx.SubFields?.ContainsKey(field) != false;

    /// <summary>
    /// Snippets cost work per hit: made only when an edge selects highlights or the explanation. A
    /// selection through fragments counts as asking, so no client ever misses a field it selected.
    /// </summary>
    private static bool SelectsInEdges(IResolveFieldContext ctx, params string[] fields)
    {
        if (ctx.SubFields is not { } sub || !sub.TryGetValue("edges", out var edges))
        {
            return ctx.SubFields is null;
        }

        var selections = edges.Field.SelectionSet?.Selections ?? [];
        return selections.Any(s => s is not GraphQLParser.AST.GraphQLField f || fields.Contains(f.Name.StringValue));
    }

    /// <summary>
    /// Loads every hit's listing in one batch per kind, so that `node` is never null: a hit whose listing
    /// was deleted after the index saw it is left out of the page.
    /// </summary>
    internal static async Task<SearchPage> PageAsync(IResolveFieldContext ctx, SearchResult result, int offset, (ListingKind, Guid)? recommendedFor = null)
    {
        var loaders = ctx.Loaders();
        var pending = result.Hits.Select(hit => hit.Kind switch
        {
            ListingKind.Demand => (IDataLoaderResult)loaders.Demands.Load(hit.Id),
            ListingKind.Achievement => loaders.Achievements.Load(hit.Id),
            ListingKind.Expert => loaders.Experts.Load(hit.Id),
            _ => loaders.Enterprises.Load(hit.Id),
        }).ToList();
        var edges = new List<SearchEdge>(pending.Count);
        for (int i = 0; i < pending.Count; i++)
        {
            if (await pending[i].GetResultAsync(ctx.CancellationToken) is { } listing)
            {
                edges.Add(new SearchEdge(result.Hits[i], listing, Connections.EncodeOffset(offset + i)) { For = recommendedFor });
            }
        }

        var info = new PageInfo
        {
            HasNextPage = offset + result.Hits.Count < result.TotalCount,
            HasPreviousPage = offset > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new SearchPage(result, edges, info, result.TotalCount);
    }

    private static SearchFilter Filter(InputReader f, int maxValues)
    {
        foreach (string list in new[] { "industries", "regions", "disciplines", "cooperationModes", "statuses" })
        {
            if (f.Get<IEnumerable<object?>>(list)?.Count() is { } count && count > maxValues)
            {
                throw new DomainException(ErrorCodes.TooMany, $"filter.{list} has {count} values; at most {maxValues} are allowed.");
            }
        }

        int? minTrl = f.Value<int>("minTrl");
        int? maxTrl = f.Value<int>("maxTrl");
        if (minTrl is < 1 or > 9 || maxTrl is < 1 or > 9)
        {
            throw new DomainException(ErrorCodes.TrlOutOfRange, "minTrl and maxTrl must be between 1 and 9.");
        }

        if (minTrl > maxTrl)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"minTrl {minTrl} is greater than maxTrl {maxTrl}; nothing could match.");
        }

        decimal? budgetMin = f.Amount("budgetMin");
        decimal? budgetMax = f.Amount("budgetMax");
        if (budgetMin < 0 || budgetMax < 0)
        {
            throw new DomainException(ErrorCodes.NegativeAmount, "budget bounds must not be negative.");
        }

        if (budgetMin > budgetMax)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"budgetMin {budgetMin} is greater than budgetMax {budgetMax}; nothing could match.");
        }

        return new SearchFilter
        {
            Industries = f.Get<IEnumerable<object?>>("industries")?.OfType<Industry>().ToList() ?? [],
            Regions = f.Strings("regions"),
            Disciplines = f.Strings("disciplines"),
            TrlMin = minTrl,
            TrlMax = maxTrl,
            BudgetMin = budgetMin,
            BudgetMax = budgetMax,
            CooperationModes = f.Modes("cooperationModes") ?? CooperationModes.None,
            Statuses = f.Strings("statuses"),
            DeadlineFrom = f.Value<DateOnly>("deadlineFrom"),
        };
    }
}
