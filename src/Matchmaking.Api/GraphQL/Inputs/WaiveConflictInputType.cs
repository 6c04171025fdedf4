using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class WaiveConflictInputType : InputObjectGraphType
{
    public WaiveConflictInputType()
    {
        Name = "WaiveConflictInput";
        Description = "An admin's waiver of a match's conflicts of interest (豁免利益冲突), recorded in its history.";
        Field<NonNullGraphType<IdGraphType>>("matchId").Description("The match.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("Why the conflicts are acceptable (required, at most 2,000 characters).");
    }
}
