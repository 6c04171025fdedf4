using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class DemandFilterType : InputObjectGraphType
{
    public DemandFilterType()
    {
        Name = "DemandFilter";
        Description = "Filters for demands; all given fields must match.";
        Field<IndustryType>("industry").Description("Only this industry.");
        Field<StringGraphType>("region").Description("Exact region, e.g. 合肥市.");
        Field<StringGraphType>("titleContains").Description("Substring of the title. For ranked full-text search use search(text:).");
        Field<CooperationModeType>("cooperationMode").Description("Demands that accept this mode.");
        Field<DemandStatusType>("status").Description("Only this status.");
        Field<IdGraphType>("enterpriseId").Description("Only this enterprise's demands.");
    }
}
