using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class UpsertExpertInputType : InputObjectGraphType
{
    public UpsertExpertInputType()
    {
        Name = "UpsertExpertInput";
        Description = "An expert profile (专家信息): without id creates yours, with id replaces it.";
        Field<IdGraphType>("id").Description("Your existing profile to replace; omit to create one.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (姓名).");
        Field<StringGraphType>("title").Description("Professional title (职称).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("researchFields").Description("Research fields (研究方向).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Keywords (关键词).");
        Field<StringGraphType>("bio").Description("Biography (个人简介).");
        Field<StringGraphType>("discipline").Description("Discipline (学科).");
        Field<IndustryType>("industry").Description("Industry (产业); OTHER when omitted.");
        Field<StringGraphType>("region").Description("Region (地区).");
        Field<BooleanGraphType>("openToProjects").Description("Whether you take new projects now; true when omitted.");
        Field<IntGraphType>("capacity").Description("Capacity (承接上限): the most matches at an active stage (introduced, negotiating, contracted) you take on at once, 0–1000; no limit when omitted. At capacity you rank below available experts.");
        Field<ContactInputType>("contact").Description("Private contact details.");
    }
}
