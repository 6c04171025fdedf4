using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ExpertFilterType : InputObjectGraphType
{
    public ExpertFilterType()
    {
        Name = "ExpertFilter";
        Description = "Filters for experts; all given fields must match.";
        Field<IndustryType>("industry").Description("Only this industry.");
        Field<StringGraphType>("region").Description("Exact region, e.g. 合肥市.");
        Field<StringGraphType>("nameContains").Description("Substring of the name.");
        Field<BooleanGraphType>("openToProjects").Description("Only experts who take (true) or do not take (false) new projects.");
    }
}
