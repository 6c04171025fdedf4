using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Duplicates;

public sealed class ExpertIdentityFilterInputType : InputObjectGraphType
{
    public ExpertIdentityFilterInputType()
    {
        Name = "ExpertIdentityFilter";
        Description = "Filters on expert identity suggestions; omit a field to filter nothing on it.";
        Field<ListGraphType<NonNullGraphType<DuplicateReasonType>>>("reasons").Description("Any of these reasons (原因): SAME_NAME_AND_INSTITUTION, SAME_CONTACT.");
    }
}
