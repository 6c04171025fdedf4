using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Owners edit their own listings: enterprises their enterprises and demands, researchers their achievements and expert profiles.</summary>
internal static class ListingMutationFields
{
    public static void Add(ObjectGraphType mutation)
    {
        Mutation<DemandPayloadType, PostDemandInputType>(mutation, "postDemand", "Post a technical demand (发布技术需求) for an enterprise you own.", async (ctx, input, ct) =>
        {
            Access.RequireRole(ctx.Viewer(), Roles.Enterprise);
            Guid enterpriseId = input.RequiredId("enterpriseId", nameof(Enterprise));
            await RequireEnterpriseOwnerAsync(ctx, enterpriseId, ct);
            var demand = new Demand { Title = "", Description = "", EnterpriseId = enterpriseId };
            ListingInputs.Apply(demand, input);
            return await ctx.Service<ListingService>().PostDemandAsync(demand, ct);
        });

        Mutation<DemandPayloadType, UpdateDemandInputType>(mutation, "updateDemand", "Change your demand.", async (ctx, input, ct) =>
        {
            Guid id = await RequireDemandOwnerAsync(ctx, input, ct);
            return await ctx.Service<ListingService>().UpdateDemandAsync(id, d => ListingInputs.Apply(d, input), ct);
        });

        Mutation<DemandPayloadType, CloseDemandInputType>(mutation, "closeDemand", "Close your demand: it takes no more answers.", async (ctx, input, ct) =>
            await ctx.Service<ListingService>().CloseDemandAsync(await RequireDemandOwnerAsync(ctx, input, ct), ct));

        Mutation<AchievementPayloadType, PublishAchievementInputType>(mutation, "publishAchievement", "Publish a research achievement (发布科技成果); you become its owner.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Researcher);
            // TRL is optional on input but a number in the index: unstated, it is the lowest (1), so the
            // achievement never passes a demand's TRL requirement on a claim nobody made.
            var achievement = new Achievement { Title = "", Abstract = "", Trl = 1, OwnerSubject = viewer.Subject };
            ListingInputs.Apply(achievement, input);
            return await ctx.Service<ListingService>().PublishAchievementAsync(achievement, ct);
        });

        Mutation<AchievementPayloadType, UpdateAchievementInputType>(mutation, "updateAchievement", "Change your achievement, or withdraw it (status: WITHDRAWN).", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Researcher);
            Guid id = input.RequiredId("id", nameof(Achievement));
            var owner = await ctx.Service<MatchmakingDbContext>().Achievements.Where(a => a.Id == id).Select(a => new { a.OwnerSubject }).FirstOrDefaultAsync(ct)
                ?? throw new DomainException(ErrorCodes.NotFound, "the achievement does not exist.", "id");
            Access.RequireOwner(viewer, owner.OwnerSubject);
            return await ctx.Service<ListingService>().UpdateAchievementAsync(id, a => ListingInputs.Apply(a, input), ct);
        });

        Mutation<ExpertPayloadType, UpsertExpertInputType>(mutation, "upsertExpert", "Create your expert profile (专家信息), or replace it when id is given.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Researcher);
            Expert? existing = null;
            if (input.Id("id", nameof(Expert)) is { } id)
            {
                existing = await ctx.Service<MatchmakingDbContext>().Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
                    ?? throw new DomainException(ErrorCodes.NotFound, "the expert does not exist.", "id");
                Access.RequireOwner(viewer, existing.OwnerSubject);
            }

            var expert = ListingInputs.Expert(input, existing);
            expert.OwnerSubject ??= viewer.Subject;
            return await ctx.Service<ListingService>().UpsertExpertAsync(expert, ct);
        });

        Mutation<EnterprisePayloadType, RegisterEnterpriseInputType>(mutation, "registerEnterprise", "Register an enterprise (企业注册); you become its owner. DUPLICATE when the credit code is taken.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Enterprise);
            return await ctx.Service<ListingService>().RegisterEnterpriseAsync(ListingInputs.Enterprise(input, viewer.Subject!), ct);
        });
    }

    /// <summary>Declares `name(input: TInput!): TPayload!` whose body runs through <see cref="Mutations.RunAsync"/>.</summary>
    internal static void Mutation<TPayload, TInput>(ObjectGraphType mutation, string name, string description, Func<global::GraphQL.IResolveFieldContext, InputReader, CancellationToken, Task<object?>> body, IReadOnlyDictionary<string, string>? fields = null)
        where TPayload : IGraphType
        where TInput : IGraphType => mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "The mutation's input; problems with it come back as userErrors naming the field.")
            .ResolveAsync(async ctx => await Mutations.RunAsync(() => body(ctx, ctx.Input("input"), ctx.CancellationToken), fields));

    private static async Task RequireEnterpriseOwnerAsync(global::GraphQL.IResolveFieldContext ctx, Guid enterpriseId, CancellationToken ct)
    {
        var enterprise = await ctx.Service<MatchmakingDbContext>().Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.OwnerSubject }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the enterprise does not exist.", "enterpriseId");
        Access.RequireOwner(ctx.Viewer(), enterprise.OwnerSubject);
    }

    private static async Task<Guid> RequireDemandOwnerAsync(global::GraphQL.IResolveFieldContext ctx, InputReader input, CancellationToken ct)
    {
        Access.RequireRole(ctx.Viewer(), Roles.Enterprise);
        Guid id = input.RequiredId("id", nameof(Demand));
        var db = ctx.Service<MatchmakingDbContext>();
        var enterpriseId = await db.Demands.Where(d => d.Id == id).Select(d => (Guid?)d.EnterpriseId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "the demand does not exist.", "id");
        await RequireEnterpriseOwnerAsync(ctx, enterpriseId, ct);
        return id;
    }
}
