using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

/// <summary>A validation problem in a ledger mutation's payload. Named apart so it cannot clash with another slice's UserError.</summary>
public sealed class LedgerUserErrorGraphType : ObjectGraphType<ValidationError>
{
    public LedgerUserErrorGraphType()
    {
        Name = "LedgerUserError";
        Field<StringGraphType>("field").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(ctx => ctx.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
    }
}
