using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class WithdrawConflictDeclarationInputType : InputObjectGraphType
{
    public WithdrawConflictDeclarationInputType()
    {
        Name = "WithdrawConflictDeclarationInput";
        Description = "Withdraws a declaration; it is kept, marked withdrawn, and the rules stop reading it.";
        Field<NonNullGraphType<IdGraphType>>("declarationId").Description("The ConflictDeclaration's id.");
    }
}
