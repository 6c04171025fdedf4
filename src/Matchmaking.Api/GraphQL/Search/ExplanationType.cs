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
