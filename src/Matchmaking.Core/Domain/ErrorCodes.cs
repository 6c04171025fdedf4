namespace Matchmaking.Core.Domain;

/// <summary>Stable error codes. Clients key on these; never rename one.</summary>
public static class ErrorCodes
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string TooMany = "TOO_MANY";
    public const string TrlOutOfRange = "TRL_OUT_OF_RANGE";
    public const string NegativeAmount = "NEGATIVE_AMOUNT";
    public const string BudgetRangeInvalid = "BUDGET_RANGE_INVALID";
    public const string DeadlinePassed = "DEADLINE_PASSED";
    public const string CreditCodeInvalid = "CREDIT_CODE_INVALID";
    public const string InvalidEnum = "INVALID_ENUM";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string Duplicate = "DUPLICATE";
    public const string Validation = "VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string IdempotencyConflict = "IDEMPOTENCY_CONFLICT";
    public const string BasisPointsSum = "BASIS_POINTS_SUM";
    public const string NegativeShare = "NEGATIVE_SHARE";
    public const string DuplicateRole = "DUPLICATE_ROLE";
    public const string StatutoryFloor = "STATUTORY_FLOOR";
    public const string PartyMissing = "PARTY_MISSING";
    public const string MatchNotContracted = "MATCH_NOT_CONTRACTED";
    public const string AmountNotPositive = "AMOUNT_NOT_POSITIVE";
    public const string AmountPrecision = "AMOUNT_PRECISION";
    public const string CurrencyUnsupported = "CURRENCY_UNSUPPORTED";
    public const string RefundExceedsPayment = "REFUND_EXCEEDS_PAYMENT";
    public const string PeriodInvalid = "PERIOD_INVALID";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string Conflict = "CONFLICT";
    public const string PaymentExceedsDeal = "PAYMENT_EXCEEDS_DEAL";
    public const string InvalidCharacters = "INVALID_CHARACTERS";
    public const string AlreadyClaimed = "ALREADY_CLAIMED";
    public const string NotRecommended = "NOT_RECOMMENDED";
    public const string SubSharesSum = "SUB_SHARES_SUM";
    public const string UnknownUser = "UNKNOWN_USER";
    public const string AlreadyOwned = "ALREADY_OWNED";
    public const string CapacityOutOfRange = "CAPACITY_OUT_OF_RANGE";
    public const string ConflictOfInterest = "CONFLICT_OF_INTEREST";
}
