using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Search;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Matches;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class MatchType : ObjectGraphType<Match>
{
    public MatchType()
    {
        Name = "Match";
        Description = "A demand paired with an achievement or an expert (撮合), moved through its stages by a broker (技术经纪人).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Match;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Match), ctx.Source.Id));
        Field<NonNullGraphType<MatchStageType>>("stage").Description("Where the match is in the broker workflow.").Resolve(ctx => ctx.Source.Stage);
        Field<NonNullGraphType<MatchOriginType>>("origin").Description("How the match came about.").Resolve(ctx => ctx.Source.Origin);
        Field(x => x.Score).Description("Score when the match was made; comparable within one demand only.");
        Field<ExplanationType>("explanation").Description("Why the engine suggested it, as the pipeline explained it when the match was made; null for matches a broker proposed by hand.")
            .Resolve(ctx => StoredExplanation.Parse(ctx.Source.Explanation));
        Field<DemandType>("demand").Description("The demand side (技术需求).").Resolve(ctx => ctx.Loaders().Demands.Load(ctx.Source.DemandId));
        Field<NonNullGraphType<CandidateKindType>>("candidateKind").Description("Whether the candidate is an achievement or an expert.").Resolve(ctx => ctx.Source.CandidateKind);
        Field<CandidateType>("candidate").Description("The achievement or expert on the other side.").Resolve(ctx => ctx.Source.CandidateKind == CandidateKind.Expert
            ? ctx.Loaders().Experts.Load(ctx.Source.CandidateId)
            : ctx.Loaders().Achievements.Load(ctx.Source.CandidateId));
        Field("broker", x => x.BrokerSubject, nullable: true).Description("Subject (user id) of the handling broker (经办经纪人); null while unclaimed.");
        Field<RejectReasonType>("rejectReason").Description("Why it was rejected; null unless REJECTED.").Resolve(ctx => ctx.Source.RejectReason);
        Field(x => x.RejectNote, nullable: true).Description("The broker's note on a rejection.");
        Field(x => x.Feedback).Description("Summary of the parties' feedback: the sign of the sum of each side's latest (1 useful, -1 not useful, 0 none yet or even). Each side's own is in partyFeedback.");
        Field(x => x.FeedbackNote, nullable: true).Description("The note that came with the latest feedback, whoever gave it.").DeprecationReason("Use partyFeedback: one entry per side, never overwritten.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyFeedbackType>>>>("partyFeedback")
            .Description("Each side's latest feedback (需求方/供给方/经纪人反馈), one entry per side; earlier ones stay in history.")
            .Resolve(ctx =>
            {
                var load = ctx.Loaders().PartyFeedback.Load(ctx.Source.Id);
                return new Loading.Deferred<List<MatchEvent>>(async ct => await load.GetResultAsync(ct) ?? []);
            });
        Ai.AiFields.AddMatchFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictOfInterestType>>>>("conflicts")
            .Description("Conflicts of interest (利益冲突) the rules find now; with any, the match cannot reach INTRODUCED unless an admin waived them (waiveConflict).")
            .Resolve(ctx =>
            {
                var load = ctx.Loaders().Conflicts.Load(ctx.Source.Id);
                return new Loading.Deferred<IReadOnlyList<ConflictOfInterest>>(async ct => await load.GetResultAsync(ct) ?? []);
            });
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the match was made (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it last changed (UTC).").Resolve(ctx => ctx.Source.UpdatedAt);
        Insights.MatchHistoryField.Add(this);
    }
}
