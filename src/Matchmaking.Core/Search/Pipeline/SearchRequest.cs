using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>A free-text search. User text is analysed into terms, never parsed as Lucene syntax.</summary>
public sealed record SearchRequest(string Text, IReadOnlyCollection<ListingKind> Kinds, int Limit = 10, int Offset = 0)
{
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>Soft constraints (TRL, budget, region) that boost fitting candidates; null for a plain search.</summary>
    public MatchPreferences? Preferences { get; init; }

    public bool IncludeFacets { get; init; }

    /// <summary>Recommendations build their query from a whole listing and rerank it their own way (Search:Recommendations).</summary>
    public SearchPurpose Purpose { get; init; }

    /// <summary>Matched terms and highlighted passages for each hit (the API's default; eval turns them off).</summary>
    public bool IncludeSnippets { get; init; } = true;

    /// <summary>Listings never to return, e.g. the listing a recommendation was built from.</summary>
    public IReadOnlyCollection<Guid> Exclude { get; init; } = [];

    /// <summary>When set, only these listings may be returned (a digest searches what is new since the last one).</summary>
    public IReadOnlyCollection<Guid>? Only { get; init; }

    /// <summary>One hit per group of possible duplicates, the best-ranked one, with the group's size (Duplicates section).</summary>
    public bool CollapseDuplicates { get; init; } = true;

    /// <summary>The day against which expired demands are left out.</summary>
    public DateOnly? Today { get; init; }
}
