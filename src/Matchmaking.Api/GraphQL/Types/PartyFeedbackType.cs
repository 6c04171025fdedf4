using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>A side's latest feedback on a match, a value on the match (the entry itself stays in Match.history).</summary>
public sealed class PartyFeedbackType : ObjectGraphType<MatchEvent>
{
    public PartyFeedbackType()
    {
        Name = "PartyFeedback";
        Description = "One party's latest feedback on a match (各方反馈): which side, who, useful or not, the note and when.";
        Field<FeedbackSideType>("side").Description("Which party gave it; null for feedback recorded before sides were kept.").Resolve(ctx => ctx.Source.Side);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Subject (user id) of who gave it.").Resolve(ctx => ctx.Source.ActorSubject);
        Field<NonNullGraphType<BooleanGraphType>>("useful").Description("Whether they found the match useful.").Resolve(ctx => ctx.Source.Feedback > 0);
        Field<StringGraphType>("note").Description("The note that came with it.").Resolve(ctx => ctx.Source.Note);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was given (UTC).").Resolve(ctx => ctx.Source.At);
    }
}
