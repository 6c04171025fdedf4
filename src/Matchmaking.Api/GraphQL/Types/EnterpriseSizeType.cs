using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class EnterpriseSizeType : EnumerationGraphType<EnterpriseSize>
{
    public EnterpriseSizeType()
    {
        Name = "EnterpriseSize";
        Description = "Enterprise size class (企业规模): MICRO, SMALL, MEDIUM, LARGE.";
    }
}
