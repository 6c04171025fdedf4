using GraphQL.Types;
using Matchmaking.Api.GraphQL.Ledger;

namespace Matchmaking.Api.GraphQL;

/// <summary>The mutation root; each slice adds its fields with one call.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        LedgerFields.AddMutationFields(this);
    }
}
