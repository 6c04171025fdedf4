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
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
