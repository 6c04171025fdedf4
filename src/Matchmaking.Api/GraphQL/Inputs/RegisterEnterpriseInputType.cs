using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class RegisterEnterpriseInputType : InputObjectGraphType
{
    public RegisterEnterpriseInputType()
    {
        Name = "RegisterEnterpriseInput";
        Description = "Register an enterprise (企业注册); you become its owner.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("creditCode").Description("Unified social credit code (统一社会信用代码), 18 characters.");
        Field<IndustryType>("industry");
        Field<StringGraphType>("region");
        Field<EnterpriseSizeType>("size");
        Field<StringGraphType>("description");
        Field<ContactInputType>("contact");
    }
}
