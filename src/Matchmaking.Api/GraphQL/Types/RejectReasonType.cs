using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class RejectReasonType : EnumerationGraphType<RejectReason>
{
    public RejectReasonType()
    {
        Name = "RejectReason";
        Description = "Why a match was rejected: TOO_EARLY_STAGE (技术不成熟), BENEFIT_UNCLEAR (效益不明), PRICE (价格), IP_UNCLEAR (产权不清), CAPACITY (产能/精力), OTHER (其他; a note is required).";
    }
}
