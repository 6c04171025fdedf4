using Matchmaking.Core.Domain;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.SavedSearches;

/// <summary>Keeps users' saved searches; the digest job reads them to tell users about new matching demands.</summary>
public sealed class SavedSearchService(MatchmakingDbContext db, TimeProvider clock)
{
    public const int MaxPerUser = 50;

    public async Task<SavedSearch> SaveAsync(SavedSearch search, CancellationToken ct)
    {
        var checks = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(search.Name) || search.Name.Length > ListingLimits.Name)
        {
            checks.Add(new("name", string.IsNullOrWhiteSpace(search.Name) ? ErrorCodes.Required : ErrorCodes.TooLong, $"name is required and may have at most {ListingLimits.Name} characters."));
        }

        if (string.IsNullOrWhiteSpace(search.Text) || search.Text.Length > ListingLimits.Title)
        {
            checks.Add(new("text", string.IsNullOrWhiteSpace(search.Text) ? ErrorCodes.Required : ErrorCodes.TooLong, $"text is required and may have at most {ListingLimits.Title} characters."));
        }

        foreach (var (field, value) in new[] { ("name", search.Name), ("text", search.Text) })
        {
            if (UnicodeText.Problem(value) is { } problem)
            {
                checks.Add(new(field, ErrorCodes.InvalidCharacters, $"{field} contains {problem}; send valid Unicode text."));
            }
        }

        if (await db.SavedSearches.CountAsync(s => s.OwnerSubject == search.OwnerSubject, ct) >= MaxPerUser)
        {
            checks.Add(new("name", ErrorCodes.TooMany, $"at most {MaxPerUser} saved searches per user."));
        }

        if (checks.Count > 0)
        {
            throw new ValidationException(checks);
        }

        search.Id = Guid.CreateVersion7();
        search.CreatedAt = clock.GetUtcNow();
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(ct);
        return search;
    }

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(string ownerSubject, CancellationToken ct) =>
        await db.SavedSearches.AsNoTracking().Where(s => s.OwnerSubject == ownerSubject).OrderBy(s => s.Name).ToListAsync(ct);
}
