using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PartyRoleGraphType : EnumerationGraphType<PartyRole>
{
    public PartyRoleGraphType()
    {
        Name = "PartyRole";
        Description = "The role under which a deal party is paid.";
    }
}
