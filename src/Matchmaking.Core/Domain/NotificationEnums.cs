using System.ComponentModel;

namespace Matchmaking.Core.Domain;

/// <summary>What a subscription runs: a saved search, or a listing of the subscriber's turned into a query.</summary>
public enum SubscriptionSource
{
    [Description("保存的检索 — a saved search of the owner's.")] SavedSearch,
    [Description("自有条目 — a listing the owner owns, as the query: an expert profile or achievement finds demands, a demand finds achievements and experts.")] Listing,
}

/// <summary>How often a subscription's digest is built.</summary>
public enum DigestFrequency
{
    [Description("即时 — on every run of the digest job (about once a minute).")] Immediate,
    [Description("每日 — at most once a day.")] Daily,
    [Description("每周 — at most once a week.")] Weekly,
}

/// <summary>The events users are told about (通知类型).</summary>
public enum NotificationKind
{
    [Description("订阅摘要 — new listings matching a subscription.")] Digest,
    [Description("新对接 — a broker proposed a match with one of the viewer's listings.")] MatchProposed,
    [Description("对接进展 — a match moved one stage forward.")] MatchAdvanced,
    [Description("对接未通过 — a match was rejected; the body and data carry the reason.")] MatchRejected,
    [Description("已引荐 — a match reached INTRODUCED; the parties' contacts are now visible.")] MatchIntroduced,
    [Description("合同已创建 — a deal was opened on a match.")] DealCreated,
    [Description("款项已结算 — a payment was settled and the viewer was credited.")] PaymentSettled,
}

/// <summary>Where an outgoing message (an e-mail, a webhook call) stands. Sending is claimed: never sent again.</summary>
public enum DeliveryState
{
    [Description("Not to be sent (no address, or e-mail off).")] None,
    [Description("Waiting for the dispatcher.")] Pending,
    [Description("Claimed by a dispatcher; never sent twice.")] Sending,
    [Description("Delivered (the SMTP server or the receiver accepted it).")] Sent,
    [Description("Could not be delivered; see the error.")] Failed,
}
