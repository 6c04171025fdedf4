using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input that the user can fix: which field, a message, and a stable code (REQUIRED, TOO_LONG, NOT_FOUND, DUPLICATE, INVALID_TRANSITION, …). The one error type of every payload.";
        Field(x => x.Field, nullable: true).Description("The dotted path inside `input` of the field at fault (e.g. `budgetMin.amount`, `parties.1.role`); null only when no input field is at fault.");
        Field(x => x.Message).Description("What is wrong, in the API's words (enum values as the schema spells them).");
        Field(x => x.Code).Description("Stable SCREAMING_SNAKE code; key on this, not on the message.");
    }
}
