using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpsertExpertInputType : InputObjectGraphType
{
    public UpsertExpertInputType()
    {
        Name = "UpsertExpertInput";
        Description = "An expert profile (专家信息): without id creates yours, with id replaces it.";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("title").Description("Professional title (职称).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("researchFields");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords");
        Field<StringGraphType>("bio");
        Field<StringGraphType>("discipline");
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<BooleanGraphType>("openToProjects");
        Field<ContactInputType>("contact");
    }
}
