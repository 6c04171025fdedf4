using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class MatchOriginType : EnumerationGraphType<MatchOrigin>
{
    public MatchOriginType()
    {
        Name = "MatchOrigin";
        Description = "How a match came about: RECOMMENDED by the engine or BROKER_PROPOSED.";
    }
}
