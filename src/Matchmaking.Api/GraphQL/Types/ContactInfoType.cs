using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class ContactInfoType : ObjectGraphType<ContactInfo>
{
    public ContactInfoType()
    {
        Name = "ContactInfo";
        Description = "Private contact details (联系方式): visible to admins, the owner, and the other party of a match from INTRODUCED on.";
        Field(x => x.Person, nullable: true).Description("Contact person (联系人).");
        Field(x => x.Phone, nullable: true).Description("Phone (电话).");
        Field(x => x.Email, nullable: true).Description("Email (邮箱).");
    }
}
