using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class EntrySideGraphType : EnumerationGraphType<EntrySide>
{
    public EntrySideGraphType()
    {
        Name = "EntrySide";
        Description = "DEBIT or CREDIT side of a double-entry posting.";
    }
}
