using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Notifications;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType()
    {
        Name = "NotificationKind";
        Description = "What a notification (通知) tells: DIGEST (订阅摘要: new listings matching a subscription), MATCH_PROPOSED (新对接), MATCH_ADVANCED (对接进展), MATCH_REJECTED (对接未通过, with the reason), MATCH_INTRODUCED (已引荐), DEAL_CREATED (合同已创建), PAYMENT_SETTLED (款项已结算).";
    }
}

public sealed class DigestFrequencyType : EnumerationGraphType<DigestFrequency>
{
    public DigestFrequencyType()
    {
        Name = "DigestFrequency";
        Description = "How often a subscription's digest is built (推送频率): IMMEDIATE (every run of the digest job, about once a minute), DAILY (每日), WEEKLY (每周).";
    }
}

public sealed class DeliveryStateType : EnumerationGraphType<DeliveryState>
{
    public DeliveryStateType()
    {
        Name = "DeliveryState";
        Description = "Where an e-mail or a webhook call stands: NONE (not to be sent), PENDING (waiting for the dispatcher), SENDING (claimed; never sent twice), SENT, FAILED.";
    }
}

public sealed class SubscriptionSourceType : EnumerationGraphType<SubscriptionSource>
{
    public SubscriptionSourceType()
    {
        Name = "SubscriptionSource";
        Description = "What a subscription runs: SAVED_SEARCH (a saved search of the owner's) or LISTING (a listing of the owner's as the query: an expert profile or achievement finds demands, a demand finds achievements and experts).";
    }
}
