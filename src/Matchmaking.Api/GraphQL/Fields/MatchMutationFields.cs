using GraphQL;
using GraphQL.Types;
using Hangfire;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Api.GraphQL.Payloads;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Api.Jobs;
using Matchmaking.Core.Cluster;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.SavedSearches;
using Matchmaking.Core.Search.Matching;
using Microsoft.Extensions.Options;
using static Matchmaking.Api.GraphQL.Fields.ListingMutationFields;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>The broker workflow (brokers and admins), feedback from the parties, saved searches, and the admin's reindex and retrain.</summary>
internal static class MatchMutationFields
{
    public static void Add(ObjectGraphType mutation)
    {
        Mutation<MatchPayloadType, ProposeMatchInputType>(mutation, "proposeMatch", "Brokers: pair a demand with an achievement or an expert (stage SUGGESTED); you become its handling broker. DUPLICATE when the pair exists.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            Guid demandId = input.RequiredId("demandId", nameof(Demand));
            var (candidateKind, candidateId) = Candidate(input);
            return await ctx.Service<MatchService>().ProposeAsync(demandId, candidateKind, candidateId, viewer.Subject!, input.String("note"), ct);
        });

        Mutation<MatchPayloadType, CreateMatchFromRecommendationInputType>(mutation, "createMatchFromRecommendation", "Brokers: turn a demand's recommendation into a match (origin RECOMMENDED, stage SUGGESTED) that keeps the engine's score and explanation; you become its handling broker. NOT_RECOMMENDED when the candidate is not among the demand's top recommendations; DUPLICATE when the pair is matched already (reopenMatch for a rejected one).", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            Guid demandId = input.RequiredId("demandId", nameof(Demand));
            var (candidateKind, candidateId) = Candidate(input);
            int depth = ctx.Service<IOptions<GraphQLOptions>>().Value.RecommendationMatchDepth;
            ListingKind listingKind = candidateKind == CandidateKind.Expert ? ListingKind.Expert : ListingKind.Achievement;
            var result = await ctx.Service<RecommendationService>().RecommendAsync(ListingKind.Demand, demandId, [listingKind], depth, 0, null, ct, includeRejected: true);
            var hit = result.Hits.FirstOrDefault(h => h.Id == candidateId)
                ?? throw new DomainException(ErrorCodes.NotRecommended, $"the candidate is not among this demand's top {depth} recommendations; use proposeMatch to pair them by hand.", "candidateId");
            return await ctx.Service<MatchService>().ProposeAsync(demandId, candidateKind, candidateId, viewer.Subject!, input.String("note"), ct, MatchOrigin.Recommended, hit.Score, Search.StoredExplanation.Serialize(hit.Explanation));
        });

        Mutation<MatchPayloadType, AdvanceMatchInputType>(mutation, "advanceMatch", "The match's handling broker (any broker while it has none: acting claims it) or an admin: move a match one stage forward. INVALID_TRANSITION from CLOSED or REJECTED, or when `to` is not the next stage; CONFLICT_OF_INTEREST when moving to INTRODUCED with unwaived conflicts; CONFLICT when another change won a race; FORBIDDEN for other brokers.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            Guid id = input.RequiredId("matchId", nameof(Match));
            return await ctx.Service<MatchService>().AdvanceAsync(id, input.Value<MatchStage>("to"), new MatchActor(viewer.Subject!, viewer.IsAdmin), ct);
        });

        Mutation<MatchPayloadType, WaiveConflictInputType>(mutation, "waiveConflict", "Admins: waive a match's conflicts of interest with a note (recorded in its history as CONFLICT_WAIVED), so it may reach INTRODUCED. INVALID_TRANSITION when it has none.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Admin);
            Guid id = input.RequiredId("matchId", nameof(Match));
            return await ctx.Service<MatchService>().WaiveConflictAsync(id, input.String("note") ?? "", viewer.Subject!, ct);
        });

        Mutation<MatchPayloadType, RejectMatchInputType>(mutation, "rejectMatch", "The match's handling broker (any broker while it has none: acting claims it) or an admin: reject a match with a reason (and a note; required for OTHER). CONFLICT when another change won a race; FORBIDDEN for other brokers.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer, Roles.Broker);
            Guid id = input.RequiredId("matchId", nameof(Match));
            var reason = input.Value<RejectReason>("reason") ?? RejectReason.Other;
            return await ctx.Service<MatchService>().RejectAsync(id, reason, input.String("note"), new MatchActor(viewer.Subject!, viewer.IsAdmin), ct);
        });

        Mutation<SavedSearchPayloadType, SaveSearchInputType>(mutation, "saveSearch", "Signed-in users: keep a search (保存检索).", async (ctx, input, ct) =>
        {
            string subject = Access.RequireSubject(ctx.Viewer());
            var search = new SavedSearch
            {
                OwnerSubject = subject,
                Name = input.Required("name"),
                Text = input.Required("text"),
                Kinds = input.Has("kinds") && input.Get<IEnumerable<object?>>("kinds") is { } kinds ? kinds.OfType<ListingKind>().Select(k => k.ToString()).Distinct().ToList() : [],
                Industry = input.Value<Industry>("industry"),
            };
            return await ctx.Service<SavedSearchService>().SaveAsync(search, ct);
        });

        Mutation<ReindexPayloadType, RequestReindexInputType>(mutation, "requestReindex", "Admins: every node rebuilds its own search index beside the live one (a broadcast each node reads, not a job one node takes); searches keep running until each node's switch. The `cluster` query shows each node's new generation.", async (ctx, input, ct) =>
        {
            var viewer = ctx.Viewer();
            Access.RequireRole(viewer);
            string reason = input.String("reason") is { } r ? r[..Math.Min(r.Length, Core.Domain.ListingLimits.Short)] : "";
            long id = await ctx.Service<ClusterBroadcast>().SendAsync(NodeCommandKind.Rebuild, reason, viewer.Subject ?? "", ct);
            return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        Mutation<RetrainPayloadType, RequestRetrainInputType>(mutation, "requestRetrain", "Admins: retrain a rerank model now (a Hangfire job): it is written beside the live one and switched in atomically; the job's result says what it did or why it skipped.", (ctx, input, ct) =>
        {
            Access.RequireRole(ctx.Viewer());
            var jobs = ctx.Service<IBackgroundJobClient>();
            string jobId = input.Value<RetrainModel>("model") == RetrainModel.Embeddings
                ? jobs.Enqueue<RerankJobs>(j => j.RetrainEmbeddingsAsync(CancellationToken.None))
                : jobs.Enqueue<RerankJobs>(j => j.RetrainRankerAsync(CancellationToken.None));
            return Task.FromResult<object?>(jobId);
        });
    }

    private static (CandidateKind Kind, Guid Id) Candidate(InputReader input)
    {
        var (kind, candidateId) = input.AnyId("candidateId");
        return kind switch
        {
            nameof(Achievement) => (CandidateKind.Achievement, candidateId),
            nameof(Expert) => (CandidateKind.Expert, candidateId),
            _ => throw new DomainException(ErrorCodes.InvalidId, "candidateId must be an Achievement or an Expert.", "candidateId"),
        };
    }
}

public sealed class RequestReindexInputType : InputObjectGraphType
{
    public RequestReindexInputType()
    {
        Name = "RequestReindexInput";
        Description = "A rebuild of every node's index. Nothing to choose today: send `{}`.";
        Field<StringGraphType>("reason").Description("Why (optional); kept with the broadcast command for the operators.");
    }
}

public sealed class RequestRetrainInputType : InputObjectGraphType
{
    public RequestRetrainInputType()
    {
        Name = "RequestRetrainInput";
        Description = "Which rerank model to retrain.";
        Field<NonNullGraphType<RetrainModelType>>("model").Description("RANKER or EMBEDDINGS.");
    }
}
