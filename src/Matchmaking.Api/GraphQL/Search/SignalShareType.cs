using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class SignalShareType : ObjectGraphType<SignalShare>
{
    public SignalShareType()
    {
        Name = "SignalShare";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("value").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("0–1.").Resolve(ctx => ctx.Source.Share);
    }
}
