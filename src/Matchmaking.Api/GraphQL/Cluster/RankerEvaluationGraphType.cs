using GraphQL.Types;
using Matchmaking.Core.Search.Rerank;

namespace Matchmaking.Api.GraphQL.Cluster;

/// <summary>A feedback retrain's comparison, and whether its build is what every node ranks by now.</summary>
public sealed record RankerEvaluationView(RankerEvaluation Evaluation, bool Live);

public sealed class RankerEvaluationGraphType : ObjectGraphType<RankerEvaluationView>
{
    public RankerEvaluationGraphType()
    {
        Name = "RankerEvaluation";
        Description = "排序模型评估 — one feedback retrain: nDCG@10 on the held-out broker decisions (the demands decided last) of the ranking recommendations were served by, of the lexical ranking and of the scorer trained on the earlier decisions, and whether that scorer was switched on.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("评估时间 — when the retrain ran.").Resolve(ctx => ctx.Source.Evaluation.At);
        Field<NonNullGraphType<StringGraphType>>("baseline").Description("对照排序 — what recommendations were ranked by then: `lexical`, `fusion` or `scorer build-…`.").Resolve(ctx => ctx.Source.Evaluation.Baseline);
        Field<FloatGraphType>("baselineNdcg").Description("对照 nDCG@10 — the served ranking's nDCG@10 on the held-out decisions; null when too few demands were held out to compare.").Resolve(ctx => ctx.Source.Evaluation.BaselineNdcg);
        Field<FloatGraphType>("lexicalNdcg").Description("词法 nDCG@10 — the lexical ranking's, on the same decisions.").Resolve(ctx => ctx.Source.Evaluation.LexicalNdcg);
        Field<FloatGraphType>("trainedNdcg").Description("新模型 nDCG@10 — the scorer trained on the earlier decisions, on the same held-out ones.").Resolve(ctx => ctx.Source.Evaluation.TrainedNdcg);
        Field<FloatGraphType>("gain").Description("提升 — trainedNdcg − baselineNdcg; the scorer is switched on when it reaches Search:Rerank:RetrainMinGain.").Resolve(ctx => ctx.Source.Evaluation.Gain);
        Field<NonNullGraphType<IntGraphType>>("trainDemands").Description("训练需求数 — demands the compared scorer learned from.").Resolve(ctx => ctx.Source.Evaluation.TrainDemands);
        Field<NonNullGraphType<IntGraphType>>("trainDecisions").Description("训练决策数 — broker decisions inside those demands' candidate pools.").Resolve(ctx => ctx.Source.Evaluation.TrainDecisions);
        Field<NonNullGraphType<IntGraphType>>("heldOutDemands").Description("留出需求数 — demands first decided on or after heldOutFrom, kept out of training.").Resolve(ctx => ctx.Source.Evaluation.HeldOutDemands);
        Field<NonNullGraphType<IntGraphType>>("heldOutDecisions").Description("留出决策数 — broker decisions inside the held-out demands' candidate pools.").Resolve(ctx => ctx.Source.Evaluation.HeldOutDecisions);
        Field<DateTimeOffsetGraphType>("heldOutFrom").Description("留出起始 — the time split: demands first decided from then on were held out.").Resolve(ctx => ctx.Source.Evaluation.HeldOutFrom);
        Field<NonNullGraphType<BooleanGraphType>>("switchedOn").Description("已启用 — whether this retrain switched its scorer on (trained again on every decision).").Resolve(ctx => ctx.Source.Evaluation.SwitchedOn);
        Field<StringGraphType>("build").Description("模型版本 — the build it switched on (build-…); null when it kept the served ranking. `rollbackRanker(input: { build })` returns to it.").Resolve(ctx => ctx.Source.Evaluation.Folder.Length == 0 ? null : ctx.Source.Evaluation.Folder);
        Field<NonNullGraphType<BooleanGraphType>>("live").Description("当前生效 — whether every node ranks recommendations by this build now.").Resolve(ctx => ctx.Source.Live);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("说明 — why it was or was not switched on, with the figures.").Resolve(ctx => ctx.Source.Evaluation.Reason);
    }
}
