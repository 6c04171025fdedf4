using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.SavedSearches;

/// <summary>Keeps users' saved searches; the digest job reads them to tell users about new matching demands.</summary>
public sealed class SavedSearchService(MatchmakingDbContext db, TimeProvider clock, SearchPipeline pipeline)
{
    public const int MaxPerUser = 50;

    public async Task<SavedSearch> SaveAsync(SavedSearch search, CancellationToken ct)
    {
        var checks = Check(search);
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

    /// <summary>Replaces the owner's saved search's name, text, kinds and industry; subscriptions to it run the new text.</summary>
    public async Task<SavedSearch> UpdateAsync(string ownerSubject, Guid id, SavedSearch changes, CancellationToken ct)
    {
        var search = await FindAsync(ownerSubject, id, ct);
        search.Name = changes.Name;
        search.Text = changes.Text;
        search.Kinds = changes.Kinds;
        search.Industry = changes.Industry;
        if (Check(search) is { Count: > 0 } checks)
        {
            throw new ValidationException(checks);
        }

        await db.SaveChangesAsync(ct);
        return search;
    }

    /// <summary>Deletes the owner's saved search and the subscriptions that run it.</summary>
    public async Task DeleteAsync(string ownerSubject, Guid id, CancellationToken ct)
    {
        var search = await FindAsync(ownerSubject, id, ct);
        db.SavedSearches.Remove(search);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Runs the owner's saved search through the served pipeline, as a search with its text and filters would.</summary>
    public async Task<SearchResult> RunAsync(string ownerSubject, Guid id, int offset, int limit, CancellationToken ct)
    {
        var search = await FindAsync(ownerSubject, id, ct);
        return await pipeline.RunAsync(SavedSearchRequests.From(search, limit) with { Offset = offset }, ct);
    }

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(string ownerSubject, CancellationToken ct) =>
        await db.SavedSearches.AsNoTracking().Where(s => s.OwnerSubject == ownerSubject).OrderBy(s => s.Name).ToListAsync(ct);

    /// <summary>Someone else's saved search reads as NOT_FOUND: ids of other users' searches are not revealed.</summary>
    private async Task<SavedSearch> FindAsync(string ownerSubject, Guid id, CancellationToken ct) =>
        await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.OwnerSubject == ownerSubject, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "the saved search does not exist.", "id");

    private static List<ValidationError> Check(SavedSearch search)
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

        return checks;
    }
}
