using GraphQL.Types;
using Matchmaking.Core.Domain;

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
        Field<NonNullGraphType<MatchStageType>>("stage").Resolve(ctx => ctx.Source.Stage);
        Field<NonNullGraphType<MatchOriginType>>("origin").Resolve(ctx => ctx.Source.Origin);
        Field(x => x.Score).Description("Score when the match was made; comparable within one demand only.");
        Field(x => x.Explanation).Description("Why the engine suggested it, as the pipeline's JSON explanation.");
        Field<DemandType>("demand").Resolve(ctx => ctx.Loaders().Demands.Load(ctx.Source.DemandId));
        Field<NonNullGraphType<CandidateKindType>>("candidateKind").Resolve(ctx => ctx.Source.CandidateKind);
        Field<CandidateType>("candidate").Description("The achievement or expert on the other side.").Resolve(ctx => ctx.Source.CandidateKind == CandidateKind.Expert
            ? ctx.Loaders().Experts.Load(ctx.Source.CandidateId)
            : ctx.Loaders().Achievements.Load(ctx.Source.CandidateId));
        Field("broker", x => x.BrokerSubject, nullable: true).Description("Subject (user id) of the broker handling it.");
        Field<RejectReasonType>("rejectReason").Resolve(ctx => ctx.Source.RejectReason);
        Field(x => x.RejectNote, nullable: true).Description("The broker's note on a rejection.");
        Field(x => x.Feedback).Description("Feedback from the parties: 1 useful, -1 not useful, 0 none yet.");
        Field(x => x.FeedbackNote, nullable: true);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(ctx => ctx.Source.UpdatedAt);
        Insights.MatchHistoryField.Add(this);
    }
}
