using GraphQL.Types;
using Matchmaking.Api.Auth;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class RoleType : EnumerationGraphType
{
    public RoleType()
    {
        Name = "Role";
        Description = "The role a token carries.";
        Add(Roles.Enterprise, Roles.Enterprise, "企业 — posts demands for its own enterprises.");
        Add(Roles.Researcher, Roles.Researcher, "科研人员 — publishes achievements and keeps an expert profile.");
        Add(Roles.Broker, Roles.Broker, "技术经纪人 — proposes and advances matches.");
        Add(Roles.Admin, Roles.Admin, "管理员 — may do everything.");
    }
}
