using GraphQL.Types;
using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Api.GraphQL.Duplicates;

public sealed class DuplicateReasonType : EnumerationGraphType<DuplicateReason>
{
    public DuplicateReasonType()
    {
        Name = "DuplicateReason";
        Description = "Why two listings look like one (疑似重复的原因): the same patent number, nearly the same text, or (experts) the same name at the same institution or the same contact.";
    }
}
