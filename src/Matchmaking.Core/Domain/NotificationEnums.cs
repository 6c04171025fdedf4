namespace Matchmaking.Core.Domain;

/// <summary>What a subscription runs: a saved search, or a listing of the subscriber's turned into a query.</summary>
public enum SubscriptionSource { SavedSearch, Listing }

/// <summary>How often a subscription's digest is built (IMMEDIATE: on every run of the digest job).</summary>
public enum DigestFrequency { Immediate, Daily, Weekly }

/// <summary>The events users are told about (通知类型).</summary>
public enum NotificationKind { Digest, MatchProposed, MatchAdvanced, MatchRejected, MatchIntroduced, DealCreated, PaymentSettled }

/// <summary>Where an outgoing message (an e-mail, a webhook call) stands. Sending is claimed: never sent again.</summary>
public enum DeliveryState { None, Pending, Sending, Sent, Failed }
