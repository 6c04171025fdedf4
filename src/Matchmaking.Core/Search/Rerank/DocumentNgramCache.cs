using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Matchmaking.Core.Search.Rerank;

/// <summary>
/// Documents' n-gram vectors for one index generation, by segment and doc number. A segment's documents
/// never change: an edited listing is a new document in a new segment (a fresh entry), and a segment
/// merged away takes its entries with it (the table holds segments weakly). A rebuild switches folder and
/// with it the <see cref="NgramStatistics"/> that own this cache, so nothing outlives its generation.
/// </summary>
public sealed class DocumentNgramCache
{
    private readonly ConditionalWeakTable<object, DocumentNgrams?[]> segments = new();
    private long bytes;
    private int count;

    /// <summary>Approximate bytes held by cached entries.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    public int Count => Volatile.Read(ref count);

    /// <summary>
    /// The cached entry for <paramref name="doc"/> of <paramref name="segment"/>, or <paramref name="create"/>'s
    /// result, kept while the cache holds less than <paramref name="budgetBytes"/> (past it, entries are computed and not kept).
    /// </summary>
    public DocumentNgrams GetOrAdd(AtomicReader segment, int doc, long budgetBytes, Func<DocumentNgrams> create)
    {
        var entries = segments.GetValue(segment.CoreCacheKey, _ => new DocumentNgrams?[segment.MaxDoc]);
        if (Volatile.Read(ref entries[doc]) is { } cached)
        {
            return cached;
        }

        var created = create();
        if (Bytes < budgetBytes && Interlocked.CompareExchange(ref entries[doc], created, null) is null)
        {
            // Two searches may build the same entry at once; only the one stored is counted.
            Interlocked.Add(ref bytes, created.Bytes);
            Interlocked.Increment(ref count);
        }

        return created;
    }
}
