namespace Matchmaking.Core.Search.Pipeline;

/// <summary>What a request's text is: what someone typed in the search box, or a listing's whole text for its recommendations.</summary>
public enum SearchPurpose
{
    /// <summary>Free text from the search box (a few keywords, a title, a question).</summary>
    Search,

    /// <summary>A listing's title, keywords and body, built by the recommendation service: a long text with its own query construction.</summary>
    Recommendation,
}
