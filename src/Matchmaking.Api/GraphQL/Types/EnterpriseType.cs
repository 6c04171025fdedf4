using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class EnterpriseType : ObjectGraphType<Enterprise>
{
    public EnterpriseType()
    {
        Name = "Enterprise";
        Description = "An enterprise (企业) that posts demands.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Enterprise;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(Enterprise), ctx.Source.Id));
        Field(x => x.Name).Description("Registered name (企业名称).");
        Field(x => x.CreditCode).Description("Unified social credit code (统一社会信用代码), 18 characters, GB 32100-2015.");
        Field<NonNullGraphType<IndustryType>>("industry").Resolve(ctx => ctx.Source.Industry);
        Field(x => x.Region);
        Field<NonNullGraphType<EnterpriseSizeType>>("size").Resolve(ctx => ctx.Source.Size);
        Field(x => x.Description).Description("About the enterprise (企业简介).");
        Field<ContactInfoType>("contact").Description("Private contact (联系方式); null with an error for those who may not see it.").Resolve(ContactRules.Enterprise);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
    }
}
