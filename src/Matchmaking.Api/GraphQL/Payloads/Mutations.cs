using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Payloads;

/// <summary>
/// Runs a mutation body: problems the user can fix (validation, NOT_FOUND, DUPLICATE,
/// INVALID_TRANSITION, …) become userErrors; UNAUTHENTICATED and FORBIDDEN stay top-level errors
/// with extensions.code, so that clients handle access the same way for queries and mutations.
/// </summary>
internal static class Mutations
{
    public static async Task<Payload> RunAsync(Func<Task<object?>> body)
    {
        try
        {
            return Payload.Ok(await body());
        }
        catch (ValidationException e)
        {
            return new Payload(null, e.Errors.Select(x => new UserError(x.Field, x.Message, x.Code)).ToList());
        }
        catch (DomainException e) when (e.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            return new Payload(null, [new UserError(null, e.Message, e.Code)]);
        }
    }
}
