using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class IpFormType : EnumerationGraphType<IpForm>
{
    public IpFormType()
    {
        Name = "IpForm";
        Description = "Form of intellectual property (知识产权形式): invention patent (发明专利), utility model (实用新型), software copyright (软件著作权), know-how (技术秘密).";
    }
}
