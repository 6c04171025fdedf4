namespace Matchmaking.Core.Domain;

/// <summary>A search a user keeps to run again and to receive digests of new matching demands (保存的检索).</summary>
public sealed class SavedSearch
{
    public Guid Id { get; set; }

    /// <summary>The subject (user id) that saved it; only they can read it.</summary>
    public required string OwnerSubject { get; set; }

    public required string Name { get; set; }

    public required string Text { get; set; }

    /// <summary>Listing kinds searched, by name; empty means every kind.</summary>
    public List<string> Kinds { get; set; } = [];

    public Industry? Industry { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
