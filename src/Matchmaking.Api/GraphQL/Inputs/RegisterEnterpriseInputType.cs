using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class RegisterEnterpriseInputType : InputObjectGraphType
{
    public RegisterEnterpriseInputType()
    {
        Name = "RegisterEnterpriseInput";
        Description = "Register an enterprise (企业注册); you become its owner.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Registered name (企业名称).");
        Field<NonNullGraphType<StringGraphType>>("creditCode").Description("Unified social credit code (统一社会信用代码), 18 characters.");
        Field<IndustryType>("industry").Description("Industry (产业); OTHER when omitted.");
        Field<StringGraphType>("region").Description("Region (地区).");
        Field<EnterpriseSizeType>("size").Description("Size class; SMALL when omitted.");
        Field<StringGraphType>("description").Description("About the enterprise (企业简介).");
        Field<ContactInputType>("contact").Description("Private contact details.");
    }
}
