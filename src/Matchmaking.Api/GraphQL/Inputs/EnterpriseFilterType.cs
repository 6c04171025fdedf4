using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class EnterpriseFilterType : InputObjectGraphType
{
    public EnterpriseFilterType()
    {
        Name = "EnterpriseFilter";
        Description = "Filters for enterprises; all given fields must match.";
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<StringGraphType>("nameContains");
        Field<EnterpriseSizeType>("size");
    }
}
