using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// A parallel build's documents: listings read on one thread, turned into documents on several, each text field
/// analysed there already (<see cref="CapturedTokenStream"/>, the segmenter is the cost), and yielded in the
/// order read to the one thread that writes them, which then only inverts. Same order, same documents: the
/// index is the one a sequential build writes. At most two batches per thread are in flight, so memory stays
/// bounded at any size.
/// </summary>
internal static class AnalysedDocuments
{
    /// <summary>Listings per hand-over: large enough that queueing is no cost, small enough to keep little in memory (~50 KB of tokens a listing).</summary>
    private const int BatchSize = 32;

    /// <param name="nice">How much lower the reading and analysing threads are scheduled (<see cref="BuildThreadPriority"/>).</param>
    public static IEnumerable<Document> Create(IEnumerable<ListingDocument> listings, Analyzer analyzer, int threads, int nice, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // Batches enter both queues in the order read: the bounded one keeps that order for the writer and holds
        // the reader back while the writer is behind; the workers take from the other, which can never be longer.
        using var ordered = new BlockingCollection<Batch>(boundedCapacity: 2 * threads);
        using var work = new BlockingCollection<Batch>();
        var tasks = new List<Task> { Start(() => Read(listings, ordered, work, stop.Token), nice) };
        for (int i = 0; i < threads; i++)
        {
            tasks.Add(Start(() => Analyse(work, analyzer, stop.Token), nice));
        }

        try
        {
            foreach (var batch in ordered.GetConsumingEnumerable(stop.Token))
            {
                batch.Done.Task.WaitAsync(stop.Token).GetAwaiter().GetResult();
                foreach (var doc in batch.Documents)
                {
                    yield return doc;
                }
            }

            // A read that failed ends the queue early: its exception is the build's.
            tasks[0].GetAwaiter().GetResult();
        }
        finally
        {
            // Also when the writer stops early (an exception, a cancellation): no thread outlives the build.
            stop.Cancel();
            Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }

    // Dedicated threads, not pool threads: each runs for the whole build, and its lowered priority ends with it.
    private static Task Start(Action action, int nice) =>
        Task.Factory.StartNew(
            () =>
            {
                BuildThreadPriority.Lower(nice);
                action();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private static void Read(IEnumerable<ListingDocument> listings, BlockingCollection<Batch> ordered, BlockingCollection<Batch> work, CancellationToken ct)
    {
        try
        {
            foreach (var chunk in listings.Chunk(BatchSize))
            {
                var batch = new Batch(chunk);
                ordered.Add(batch, ct);
                work.Add(batch, ct);
            }
        }
        finally
        {
            ordered.CompleteAdding();
            work.CompleteAdding();
        }
    }

    private static void Analyse(BlockingCollection<Batch> work, Analyzer analyzer, CancellationToken ct)
    {
        foreach (var batch in work.GetConsumingEnumerable(ct))
        {
            try
            {
                for (int i = 0; i < batch.Listings.Length; i++)
                {
                    batch.Documents[i] = DocumentMapper.ToDocument(batch.Listings[i], analyzer);
                }

                batch.Done.SetResult();
            }
            catch (Exception e)
            {
                // Handed to the writer, which throws it when it reaches this batch and so stops the build.
                batch.Done.SetException(e);
            }
        }
    }

    private sealed class Batch(ListingDocument[] listings)
    {
        public ListingDocument[] Listings { get; } = listings;

        public Document[] Documents { get; } = new Document[listings.Length];

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
