using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ExpertFilterType : InputObjectGraphType
{
    public ExpertFilterType()
    {
        Name = "ExpertFilter";
        Description = "Filters for experts; all given fields must match.";
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<StringGraphType>("nameContains");
        Field<BooleanGraphType>("openToProjects");
    }
}
