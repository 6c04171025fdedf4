using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

/// <summary>XxxPayload { xxx, userErrors }: one small subclass per payload names it.</summary>
public abstract class PayloadType<TGraph> : ObjectGraphType<Payload>
    where TGraph : IGraphType
{
    protected PayloadType(string name, string field, string description)
    {
        Name = name;
        Description = description;
        Field<TGraph>(field).Description("The result; null when userErrors is not empty.").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Problems with the input; empty on success.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
