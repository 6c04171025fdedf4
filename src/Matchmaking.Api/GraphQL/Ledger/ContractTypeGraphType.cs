using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class ContractTypeGraphType : EnumerationGraphType<ContractType>
{
    public ContractTypeGraphType()
    {
        Name = "ContractType";
        Description = "The contract behind a deal: TRANSFER (技术转让), LICENSE (许可), JOINT_DEVELOPMENT (合作开发), TECHNICAL_SERVICE (技术服务).";
    }
}
