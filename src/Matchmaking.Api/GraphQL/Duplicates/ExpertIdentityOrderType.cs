using GraphQL.Types;
using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Api.GraphQL.Duplicates;

public sealed class ExpertIdentityOrderType : EnumerationGraphType<ExpertIdentityOrder>
{
    public ExpertIdentityOrderType()
    {
        Name = "ExpertIdentityOrder";
        Description = "Sort order of expert identity suggestions (疑似同一专家): largest group first (default) or by reason.";
    }
}
