using GraphQL.Types;
using Matchmaking.Core.Matches;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ConflictOfInterestType : ObjectGraphType<ConflictOfInterest>
{
    public ConflictOfInterestType()
    {
        Name = "ConflictOfInterest";
        Description = "A conflict of interest (利益冲突) found by a rule over the match's data.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("BROKER_IS_PARTY (经纪人是当事方), SAME_OWNER (双方同一用户), SAME_ORGANISATION (成果机构即需求企业, or its declared affiliate 关联方) or DECLARED_CONFLICT (申报的利益冲突).").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("What the rule found, in words.").Resolve(ctx => ctx.Source.Reason);
    }
}
