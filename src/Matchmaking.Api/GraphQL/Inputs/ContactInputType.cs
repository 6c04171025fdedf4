using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class ContactInputType : InputObjectGraphType
{
    public ContactInputType()
    {
        Name = "ContactInput";
        Description = "Private contact details (联系方式).";
        Field<StringGraphType>("person").Description("Contact person (联系人).");
        Field<StringGraphType>("phone").Description("Phone (电话).");
        Field<StringGraphType>("email").Description("Email (邮箱).");
    }
}
