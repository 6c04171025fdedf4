using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>Something the user may want to know about a write that succeeded (unlike userErrors, which stop it).</summary>
public sealed class PayloadWarningType : ObjectGraphType<PayloadWarning>
{
    public PayloadWarningType()
    {
        Name = "PayloadWarning";
        Description = "A warning about a write that succeeded (提示): the listing was saved, but the user may want to look. Code POSSIBLE_DUPLICATE names a listing that may be the same (疑似重复).";
        Field(x => x.Code).Description("Stable SCREAMING_SNAKE code, e.g. POSSIBLE_DUPLICATE.");
        Field(x => x.Message).Description("What to look at, in English.");
        Field<ListingInterface>("listing").Description("The other listing the warning is about, when there is one.").Resolve(ctx => ctx.Source.Listing);
    }
}
