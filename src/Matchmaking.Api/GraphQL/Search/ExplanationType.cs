using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class ExplanationType : ObjectGraphType<Explanation>
{
    public ExplanationType()
    {
        Name = "Explanation";
        Description = "Why a hit ranks where it does (匹配解释), built from what the pipeline computed.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignalShareType>>>>("signals").Description("Each signal (bm25, trl, budget, region, …) and its share of the score; shares sum to 1.").Resolve(ctx => ctx.Source.Signals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedTerms").Description("Query words found in the listing.").Resolve(ctx => ctx.Source.MatchedTerms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstraintCheckType>>>>("constraints").Description("For recommendations: the demand's constraints (TRL, budget, region) met or missed.").Resolve(ctx => ctx.Source.Constraints);
    }
}

public sealed class SignalShareType : ObjectGraphType<SignalShare>
{
    public SignalShareType()
    {
        Name = "SignalShare";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("value").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("0–1.").Resolve(ctx => ctx.Source.Share);
    }
}

public sealed class HighlightType : ObjectGraphType<Highlight>
{
    public HighlightType()
    {
        Name = "Highlight";
        Field<NonNullGraphType<StringGraphType>>("field").Description("text: the listing's title, keywords and body as one passage source.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("snippet").Resolve(ctx => ctx.Source.Snippet);
    }
}

public sealed class ConstraintCheckType : ObjectGraphType<ConstraintCheck>
{
    public ConstraintCheckType()
    {
        Name = "ConstraintCheck";
        Field<NonNullGraphType<StringGraphType>>("name").Description("trl, budget or region.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("met").Resolve(ctx => ctx.Source.Met);
        Field<NonNullGraphType<StringGraphType>>("detail").Resolve(ctx => ctx.Source.Detail);
    }
}
