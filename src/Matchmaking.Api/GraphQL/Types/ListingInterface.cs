using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>What every listing shares: what search and recommendations return as each edge's node.</summary>
public sealed class ListingInterface : InterfaceGraphType
{
    public ListingInterface()
    {
        Name = "Listing";
        Description = "A listing (Demand 技术需求, Achievement 科技成果, Expert 专家 or Enterprise 企业): what search and recommendations return.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id. Do not parse it.");
        Field<NonNullGraphType<ListingKindType>>("kind").Description("Which kind of listing it is.");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("What to show as the listing's heading: a demand's or achievement's title, an expert's or enterprise's name.");
        Field<NonNullGraphType<IndustryType>>("industry").Description("Industry (产业).");
        Field<NonNullGraphType<StringGraphType>>("region").Description("Region (地区), e.g. 合肥市.");
    }
}
