using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class EnterpriseFilterType : InputObjectGraphType
{
    public EnterpriseFilterType()
    {
        Name = "EnterpriseFilter";
        Description = "Filters for enterprises; all given fields must match.";
        Field<IndustryType>("industry").Description("Only this industry.");
        Field<StringGraphType>("region").Description("Exact region, e.g. 合肥市.");
        Field<StringGraphType>("nameContains").Description("Substring of the registered name.");
        Field<EnterpriseSizeType>("size").Description("Only this size class.");
    }
}
