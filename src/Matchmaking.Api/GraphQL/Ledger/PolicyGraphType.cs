using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class PolicyGraphType : ObjectGraphType<RevenueSharePolicy>
{
    public PolicyGraphType()
    {
        Name = "RevenueSharePolicy";
        Description = "How payments are split (分润), in basis points summing to 10,000. A change is a new version.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The policy's name, e.g. default-TRANSFER or agreed.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("version").Description("1 for the first policy of a deal, +1 for each change.").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("effectiveFrom").Description("From when payments settle under it (UTC).").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyShareGraphType>>>>("shares").Description("The shares per role, largest first.").Resolve(ctx => ctx.Source.Shares.OrderByDescending(s => s.BasisPoints).ToList());
    }
}
