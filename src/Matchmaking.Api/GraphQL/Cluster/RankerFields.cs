using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Search.Rerank;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.GraphQL.Cluster;

/// <summary>The learned scorer for admins: its comparisons on the cluster view, and the one-step rollback.</summary>
internal static class RankerFields
{
    public static void AddTo(ClusterGraphType cluster)
    {
        cluster.Field<NonNullGraphType<ConnectionGraphType<RankerEvaluationGraphType>>>("rankerEvaluations")
            .Description("排序模型评估 — every feedback retrain's comparison on held-out broker decisions, newest first.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var db = ctx.RequestServices!.GetRequiredService<MatchmakingDbContext>();
                var all = await RankerEvaluations.ListAsync(db, ctx.CancellationToken);
                string live = await RankerEvaluations.LiveFolderAsync(db, ctx.CancellationToken);
                return ConnectionPage.From(Connections.InMemory(ctx, [.. all.Select(e => new RankerEvaluationView(e, e.SwitchedOn && live.Length > 0 && e.Folder == live))]));
            });
        cluster.Field<StringGraphType>("liveRanker")
            .Description("当前排序模型 — the learned scorer build every node ranks recommendations by (build-…), or null when none is on (the fusion ranking).")
            .ResolveAsync(async ctx =>
            {
                string live = await RankerEvaluations.LiveFolderAsync(ctx.RequestServices!.GetRequiredService<MatchmakingDbContext>(), ctx.CancellationToken);
                return live.Length == 0 ? null : live;
            });
    }

    public static void AddMutation(ObjectGraphType mutation) =>
        ListingMutationFields.Mutation<RollbackRankerPayloadType, RollbackRankerInputType>(mutation, "rollbackRanker",
            "Admins: 回滚排序模型 — every node goes back to the learned scorer switched on before the live one (or to none, the fusion ranking, when the live one was the first), or to the build named; through the same broadcast a retrained model goes out by. The payload names the build now live (null: none).",
            async (ctx, input, ct) =>
            {
                var viewer = ctx.Viewer();
                Access.RequireRole(viewer);
                var live = await ctx.Service<RankerRollback>().RollbackAsync(input.String("build"), viewer.Subject ?? "", ct);
                return live is null ? null : new RankerEvaluationView(live, true);
            });
}

public sealed class RollbackRankerInputType : InputObjectGraphType
{
    public RollbackRankerInputType()
    {
        Name = "RollbackRankerInput";
        Description = "回滚排序模型 — which scorer to go back to: send `{}` for the one before the live one.";
        Field<StringGraphType>("build").Description("模型版本 — a build an earlier retrain switched on (`RankerEvaluation.build`); omitted = the one switched on before the live one.");
    }
}

public sealed class RollbackRankerPayloadType() : Payloads.PayloadType<RankerEvaluationGraphType>("RollbackRankerPayload", "ranker",
    "回滚结果 — the evaluation whose build every node now ranks by; null when no learned scorer is on any more (the fusion ranking).");
