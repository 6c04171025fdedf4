using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Paging;
using Matchmaking.Core.SavedSearches;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Public read fields: node, the four listings by id, and their Relay connections.</summary>
internal static class ListingQueryFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id (Relay).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's global id, as any `id` field gave it.")
            .ResolveAsync(async ctx => await NodeAsync(ctx, ctx.GetArgument<string>("id")));

        ById<DemandType, Demand>(query, "demand", "A technical demand (技术需求) by id.", (ctx, id) => ctx.Loaders().Demands.Load(id));
        ById<AchievementType, Achievement>(query, "achievement", "A research achievement (科技成果) by id.", (ctx, id) => ctx.Loaders().Achievements.Load(id));
        ById<ExpertType, Expert>(query, "expert", "An expert (专家) by id.", (ctx, id) => ctx.Loaders().Experts.Load(id));
        ById<EnterpriseType, Enterprise>(query, "enterprise", "An enterprise (企业) by id.", (ctx, id) => ctx.Loaders().Enterprises.Load(id));

        Connection<DemandType, DemandFilterType, Demand>(query, "demands", "Browse technical demands (技术需求), newest first by default.",
            (ctx, f) => ctx.Service<ListingQueries>().Demands(DemandFilter(f)), d => d.Title);
        Connection<AchievementType, AchievementFilterType, Achievement>(query, "achievements", "Browse research achievements (科技成果).",
            (ctx, f) => ctx.Service<ListingQueries>().Achievements(AchievementFilter(f)), a => a.Title);
        Connection<ExpertType, ExpertFilterType, Expert>(query, "experts", "Browse experts (专家).",
            (ctx, f) => ctx.Service<ListingQueries>().Experts(new() { Industry = f.Value<Industry>("industry"), Region = f.String("region"), TitleContains = f.String("nameContains"), OpenToProjects = f.Value<bool>("openToProjects") }), e => e.Name);
        Connection<EnterpriseType, EnterpriseFilterType, Enterprise>(query, "enterprises", "Browse enterprises (企业).",
            (ctx, f) => ctx.Service<ListingQueries>().Enterprises(new() { Industry = f.Value<Industry>("industry"), Region = f.String("region"), TitleContains = f.String("nameContains"), Size = f.Value<EnterpriseSize>("size") }), e => e.Name);
    }

    private static ListingFilter DemandFilter(InputReader f) => new()
    {
        Industry = f.Value<Industry>("industry"),
        Region = f.String("region"),
        TitleContains = f.String("titleContains"),
        CooperationMode = f.Value<CooperationModes>("cooperationMode"),
        DemandStatus = f.Value<DemandStatus>("status"),
        EnterpriseId = f.Id("enterpriseId", nameof(Enterprise)),
    };

    private static ListingFilter AchievementFilter(InputReader f)
    {
        int? minTrl = f.Value<int>("minTrl");
        int? maxTrl = f.Value<int>("maxTrl");
        if (minTrl > maxTrl)
        {
            throw new DomainException(ErrorCodes.BadUserInput, $"minTrl {minTrl} is greater than maxTrl {maxTrl}; nothing could match.");
        }

        return new()
        {
            Industry = f.Value<Industry>("industry"),
            Region = f.String("region"),
            TitleContains = f.String("titleContains"),
            CooperationMode = f.Value<CooperationModes>("cooperationMode"),
            AchievementStatus = f.Value<AchievementStatus>("status"),
            MinTrl = minTrl,
            MaxTrl = maxTrl,
        };
    }

    private static void ById<TGraph, T>(ObjectGraphType query, string name, string description, Func<IResolveFieldContext, Guid, object> load)
        where TGraph : IGraphType => query.Field<TGraph>(name)
            .Description(description + " Null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {typeof(T).Name}'s global id.")
            .Resolve(ctx => load(ctx, GlobalId.Decode(ctx.GetArgument<string>("id"), typeof(T).Name)));

    private static void Connection<TGraph, TFilter, T>(ObjectGraphType query, string name, string description, Func<IResolveFieldContext, InputReader, IQueryable<T>> source, System.Linq.Expressions.Expression<Func<T, string>> title)
        where TGraph : IGraphType, new()
        where TFilter : IGraphType
        where T : IListing => query.Field<NonNullGraphType<ConnectionGraphType<TGraph>>>(name)
            .Description(description)
            .Argument<TFilter>("filter", "Narrow the list; every given field must match.")
            .Argument<ListingOrderType>("orderBy", "Sort order; CREATED_AT_DESC by default.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var order = ListingQueries.Orders(ctx.GetArgument("orderBy", ListingOrder.CreatedAtDesc), title);
                return ConnectionPage.From(await Connections.KeysetAsync(ctx, source(ctx, ctx.Input("filter")), order));
            });

    private static async Task<object?> NodeAsync(IResolveFieldContext ctx, string id)
    {
        switch (GlobalId.KindOf(id))
        {
            case "LedgerEntry": return await Ledger.LedgerFields.LoadEntryAsync(ctx, GlobalId.DecodeNumber(id, "LedgerEntry"));
            case "StatementLine": return await Ledger.LedgerFields.LoadStatementLineAsync(ctx, GlobalId.DecodeNumber(id, "StatementLine"));
        }

        var (kind, guid) = GlobalId.Decode(id);
        var loaders = ctx.Loaders();
        var ct = ctx.CancellationToken;
        switch (kind)
        {
            case nameof(Demand): return await loaders.Demands.Load(guid).GetResultAsync(ct);
            case nameof(Achievement): return await loaders.Achievements.Load(guid).GetResultAsync(ct);
            case nameof(Expert): return await loaders.Experts.Load(guid).GetResultAsync(ct);
            case nameof(Enterprise): return await loaders.Enterprises.Load(guid).GetResultAsync(ct);
            case nameof(Match): return await MatchAccess.LoadVisibleAsync(ctx.Viewer(), guid, loaders, ct);
            case nameof(MatchEvent): return await Insights.MatchHistoryAccess.LoadVisibleAsync(ctx, guid);
            case "Deal": return await Ledger.LedgerFields.LoadDealAsync(ctx, guid);
            case "Payment": return await Ledger.LedgerFields.LoadPaymentAsync(ctx, guid);
            case nameof(ProfileClaim): return await Users.ProfileClaimFields.LoadAsync(ctx, guid);
            case Types.ConflictDeclarationType.IdKind: return await Types.ConflictDeclarationType.LoadVisibleAsync(ctx, guid);
            case nameof(SavedSearch):
                string subject = Access.RequireSubject(ctx.Viewer());
                return (await ctx.Service<SavedSearchService>().ListAsync(subject, ct)).FirstOrDefault(s => s.Id == guid);
            case var other when Notifications.NotificationNodes.Kinds.Contains(other): return await Notifications.NotificationNodes.LoadAsync(ctx, other, guid);
            default: throw new DomainException(ErrorCodes.InvalidId, $"'{id}' names no kind of object this API has.");
        }
    }
}
