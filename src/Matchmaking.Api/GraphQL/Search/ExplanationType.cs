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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedTerms").Description("Query words and codes found in the listing (命中词), as the listing writes them: codes whole (0.02mm, ZL202310123456.7), no lone characters, number fragments or generic words (企业, 长期).").Resolve(ctx => ctx.Source.MatchedTerms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConstraintCheckType>>>>("constraints").Description("For recommendations: the constraints (TRL, budget, region, cooperation mode, deadline) met or missed, in either direction.").Resolve(ctx => ctx.Source.Constraints);
    }
}
