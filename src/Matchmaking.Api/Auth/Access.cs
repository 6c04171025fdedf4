using Matchmaking.Core.Domain;

namespace Matchmaking.Api.Auth;

/// <summary>
/// The access rules in one place. Failures throw a <see cref="DomainException"/> with UNAUTHENTICATED
/// (no valid token) or FORBIDDEN (valid token, not allowed); ErrorMapping turns it into extensions.code.
/// Admins pass every check.
/// </summary>
public static class Access
{
    public static string RequireSubject(Viewer viewer) =>
        viewer.Subject ?? throw new DomainException(ErrorCodes.Unauthenticated, "Sign in: this needs a bearer token.");

    public static void RequireRole(Viewer viewer, params string[] roles)
    {
        RequireSubject(viewer);
        if (!viewer.IsAdmin && !roles.Contains(viewer.Role))
        {
            throw Forbidden($"only {string.Join(", ", roles.Append(Roles.Admin))} may do this.");
        }
    }

    /// <summary>The viewer must own the listing (its OwnerSubject) or be an admin.</summary>
    public static void RequireOwner(Viewer viewer, string? ownerSubject)
    {
        RequireSubject(viewer);
        if (!viewer.IsAdmin && (ownerSubject is null || ownerSubject != viewer.Subject))
        {
            throw Forbidden("only the owner of this listing or an admin may change it.");
        }
    }

    public static bool IsOwnerOrAdmin(Viewer viewer, string? ownerSubject) =>
        viewer.IsAdmin || (viewer.Subject is not null && ownerSubject == viewer.Subject);

    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);
}
