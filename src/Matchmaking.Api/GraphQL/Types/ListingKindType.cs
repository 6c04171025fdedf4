using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ListingKindType : EnumerationGraphType<ListingKind>
{
    public ListingKindType()
    {
        Name = "ListingKind";
        Description = "The kinds of listing: DEMAND 技术需求, ACHIEVEMENT 科技成果, EXPERT 专家, ENTERPRISE 企业.";
    }
}
