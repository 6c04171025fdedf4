using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class SignalShareType : ObjectGraphType<SignalShare>
{
    public SignalShareType()
    {
        Name = "SignalShare";
        Description = "One ranking signal and its part of the score.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The signal: bm25 (text match), trl, budget, region, cosine (embedding), …").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The signal's raw value for this hit.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("0–1.").Resolve(ctx => ctx.Source.Share);
    }
}
