using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class DeclareConflictInputType : InputObjectGraphType
{
    public DeclareConflictInputType()
    {
        Name = "DeclareConflictInput";
        Description = "A declared conflict of interest or affiliate between a demanding enterprise and the supply side: give exactly one of partyId and institution.";
        Field<NonNullGraphType<IdGraphType>>("enterpriseId").Description("The demanding enterprise.");
        Field<IdGraphType>("partyId").Description("An Achievement's or Expert's id.");
        Field<StringGraphType>("institution").Description("An institution, by its name as listings show it (e.g. 中国科学技术大学).");
        Field<DeclaredRelationType>("relation").Description("CONFLICT (the default) or AFFILIATE.").DefaultValue(DeclaredRelation.Conflict);
        Field<StringGraphType>("note").Description("Why (at most 2,000 characters).");
    }
}
