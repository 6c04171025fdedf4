using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Payloads;

/// <summary>
/// Runs a mutation body: problems the user can fix (validation, NOT_FOUND, DUPLICATE,
/// INVALID_TRANSITION, …) become userErrors whose field is the path inside `input` at fault;
/// UNAUTHENTICATED and FORBIDDEN stay top-level errors with extensions.code, so that clients handle
/// access the same way for queries and mutations.
/// </summary>
internal static class Mutations
{
    /// <param name="fields">Renames the core's field names to input paths where they differ (e.g. currency → amount.currency).</param>
    public static async Task<Payload> RunAsync(Func<Task<object?>> body, IReadOnlyDictionary<string, string>? fields = null)
    {
        string? Path(string? field) => field is not null && fields?.TryGetValue(field, out string? path) == true ? path : field is { Length: > 0 } ? field : null;
        try
        {
            return Payload.Ok(await body());
        }
        catch (ValidationException e)
        {
            return new Payload(null, e.Errors.Select(x => new UserError(Path(x.Field), x.Message, x.Code)).ToList());
        }
        catch (DomainException e) when (e.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            return new Payload(null, [new UserError(Path(e.Field), e.Message, e.Code)]);
        }
    }
}
