using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Payloads;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with the input the user can fix: which field, a message, and a stable code (REQUIRED, TOO_LONG, NOT_FOUND, DUPLICATE, INVALID_TRANSITION, …).";
        Field(x => x.Field, nullable: true).Description("The input field at fault, when there is one.");
        Field(x => x.Message);
        Field(x => x.Code).Description("Stable SCREAMING_SNAKE code; key on this, not on the message.");
    }
}
