namespace Matchmaking.Core.Search;

/// <summary>How a field's matches are scored.</summary>
public enum Scoring
{
    /// <summary>Okapi BM25 (k1, b from the options).</summary>
    Bm25,

    /// <summary>Lucene's classic TF-IDF with length normalisation (DefaultSimilarity).</summary>
    Classic,
}
