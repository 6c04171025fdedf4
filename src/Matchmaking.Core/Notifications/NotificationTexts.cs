using System.Globalization;
using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Notifications;

/// <summary>The Chinese words notifications are written in, and the event names webhooks carry.</summary>
public static class NotificationTexts
{
    public static string EventType(NotificationKind kind) => kind switch
    {
        NotificationKind.Digest => "digest",
        NotificationKind.MatchProposed => "match.proposed",
        NotificationKind.MatchAdvanced => "match.advanced",
        NotificationKind.MatchRejected => "match.rejected",
        NotificationKind.MatchIntroduced => "match.introduced",
        NotificationKind.DealCreated => "deal.created",
        NotificationKind.PaymentSettled => "payment.settled",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Stage(MatchStage stage) => stage switch
    {
        MatchStage.Suggested => "推荐",
        MatchStage.Shortlisted => "入围",
        MatchStage.Introduced => "已引荐",
        MatchStage.Negotiating => "洽谈中",
        MatchStage.Contracted => "已签约",
        MatchStage.Closed => "已完成",
        MatchStage.Rejected => "未通过",
        _ => stage.ToString(),
    };

    public static string Reason(RejectReason reason) => reason switch
    {
        RejectReason.TooEarlyStage => "技术成熟度不足",
        RejectReason.BenefitUnclear => "效益不明确",
        RejectReason.Price => "价格不合适",
        RejectReason.IpUnclear => "知识产权不清晰",
        RejectReason.Capacity => "承接能力不足",
        RejectReason.NotRelevant => "技术方向不符",
        _ => "其他原因",
    };

    public static string Kind(ListingKind kind) => kind switch
    {
        ListingKind.Demand => "技术需求",
        ListingKind.Achievement => "科技成果",
        ListingKind.Expert => "专家",
        _ => "企业",
    };

    public static string Money(decimal amount, string currency) =>
        $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {(currency == "CNY" ? "元" : currency)}";
}
