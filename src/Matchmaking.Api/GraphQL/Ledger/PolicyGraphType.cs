using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PolicyGraphType : ObjectGraphType<RevenueSharePolicy>
{
    public PolicyGraphType()
    {
        Name = "RevenueSharePolicy";
        Description = "How payments are split (分润), in basis points summing to 10,000. A change is a new version.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("effectiveFrom").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyShareGraphType>>>>("shares").Resolve(ctx => ctx.Source.Shares.OrderByDescending(s => s.BasisPoints).ToList());
    }
}
