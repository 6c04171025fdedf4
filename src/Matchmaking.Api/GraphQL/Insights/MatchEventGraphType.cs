using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Insights;

public sealed class MatchEventGraphType : ObjectGraphType<MatchEvent>
{
    public MatchEventGraphType()
    {
        Name = "MatchEvent";
        Description = "One entry of a match's history (撮合记录): who changed what, when. Append-only: never edited or removed.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is MatchEvent;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.").Resolve(ctx => GlobalId.Encode(nameof(MatchEvent), ctx.Source.Id));
        Field<NonNullGraphType<MatchEventKindGraphType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field<Types.MatchType>("match").Description("The match this entry belongs to.").Resolve(ctx => ctx.Loaders().Matches.Load(ctx.Source.MatchId));
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Subject (user id) of who acted: the broker, an admin, or the party that gave feedback.").Resolve(ctx => ctx.Source.ActorSubject);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it happened (UTC).").Resolve(ctx => ctx.Source.At);
        Field<MatchStageType>("fromStage").Description("The stage before the change; null for a proposal and for feedback.").Resolve(ctx => ctx.Source.FromStage);
        Field<MatchStageType>("toStage").Description("The stage after the change (SUGGESTED for a proposal); null for feedback.").Resolve(ctx => ctx.Source.ToStage);
        Field<RejectReasonType>("reason").Description("Why the match was rejected; null for other entries.").Resolve(ctx => ctx.Source.Reason);
        Field<BooleanGraphType>("useful").Description("For feedback: whether the party found the match useful; null for other entries.").Resolve(ctx => ctx.Source.Feedback is { } f ? f > 0 : null);
        Field<StringGraphType>("fromBroker").Description("For CLAIMED and ASSIGNED: the handling broker before (null when there was none).").Resolve(ctx => ctx.Source.FromBroker);
        Field<StringGraphType>("toBroker").Description("For CLAIMED and ASSIGNED: the handling broker after (null when an admin released the match).").Resolve(ctx => ctx.Source.ToBroker);
        Field<FeedbackSideType>("side").Description("For feedback: which party gave it (需求方/供给方/经纪人); null for other entries and for feedback recorded before sides were kept.").Resolve(ctx => ctx.Source.Side);
        Field<StringGraphType>("note").Description("The note that came with the entry: the proposal's, the rejection's, the feedback's, a broker's note, or the reason of an assignment or a reopening.").Resolve(ctx => ctx.Source.Note);
    }
}
