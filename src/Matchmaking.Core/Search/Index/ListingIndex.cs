using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using Matchmaking.Core.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// The live Lucene index: one <see cref="IndexWriter"/> and one <see cref="SearcherManager"/>, with
/// near-real-time refresh after writes. Each commit carries the last applied change-log sequence in
/// its user data, so the indexer resumes exactly where the last commit left off.
/// </summary>
public sealed class ListingIndex(IOptions<SearchOptions> options) : IDisposable
{
    public const string SequenceKey = "sequence";

    private readonly SearchOptions options = options.Value;

    private readonly System.Threading.Lock gate = new();
    private Generation? live;

    public Analyzer Analyzer { get; } = ListingAnalyzer.Create();

    public bool IsOpen => Volatile.Read(ref live) is not null;

    /// <summary>The change-log sequence the live index has applied (searchable; committed within <see cref="SearchOptions.CommitInterval"/>).</summary>
    public long LastSequence => Live.Sequence;

    /// <summary>True while applied changes wait for their durable commit.</summary>
    public bool HasPendingCommit => Volatile.Read(ref live)?.Pending ?? false;

    public string? Folder => Volatile.Read(ref live)?.Folder;

    private Generation Live => Volatile.Read(ref live) ?? throw new InvalidOperationException("The search index is not open yet.");

    /// <summary>Opens (or switches to) the index in <paramref name="folder"/>; searches in flight finish on the old one.</summary>
    public void Open(string folder)
    {
        var next = Generation.Open(folder, Analyzer, options);
        Generation? old;
        lock (gate)
        {
            old = live;
            Volatile.Write(ref live, next);
        }

        old?.Dispose();
    }

    public SearcherLease Acquire()
    {
        var generation = Live;
        return new SearcherLease(generation.Manager, generation.Manager.Acquire());
    }

    /// <summary>
    /// Applies upserts and deletes up to change-log <paramref name="sequence"/> and refreshes searchers; commits
    /// when the last commit is older than <see cref="SearchOptions.CommitInterval"/> (else <see cref="CommitIfDue"/> does later).
    /// </summary>
    public void Apply(IReadOnlyCollection<ListingDocument> upserts, IReadOnlyCollection<Guid> deletes, long sequence)
    {
        lock (gate)
        {
            var generation = Live;
            foreach (var doc in upserts)
            {
                generation.Writer.UpdateDocument(IdTerm(doc.Id), DocumentMapper.ToDocument(doc));
            }

            foreach (var id in deletes)
            {
                generation.Writer.DeleteDocuments(IdTerm(id));
            }

            // Searchable first (a near-real-time reopen needs no commit), durable later: the commit's fsync is
            // what takes time (measured: ~20–120 ms a batch on a loaded 2-core machine, which left a node's
            // replica seconds behind a stream of writes), and a crash before it only replays entries.
            generation.Manager.MaybeRefreshBlocking();
            generation.Advance(Math.Max(sequence, generation.Sequence));
            CommitIfDue(generation);
        }
    }

    /// <summary>Commits applied changes once the last commit is older than <see cref="SearchOptions.CommitInterval"/>.</summary>
    public void CommitIfDue()
    {
        lock (gate)
        {
            if (live is { } generation)
            {
                CommitIfDue(generation);
            }
        }
    }

    /// <summary>How often a build reports its count: often enough that a seed-sized rebuild shows it moving.</summary>
    public const int ProgressEvery = 250;

    /// <summary>
    /// Writes a complete new index into <paramref name="folder"/> and commits it with <paramref name="sequence"/>. With more
    /// than one of <paramref name="threads"/>, that many threads analyse the listings and this one only writes them, in
    /// the same order: the same index as one thread writes (see <see cref="SearchOptions.IndexBuildThreads"/>). Those threads
    /// run <paramref name="nice"/> lower (<see cref="SearchOptions.IndexBuildNice"/>); the calling thread keeps its priority.
    /// </summary>
    public static int Build(string folder, IEnumerable<ListingDocument> documents, long sequence, Analyzer analyzer, int threads, int nice, Action<int>? progress, CancellationToken ct)
    {
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(ListingAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        int count = 0;
        var built = threads > 1 ? AnalysedDocuments.Create(documents, analyzer, threads, nice, ct) : documents.Select(d => DocumentMapper.ToDocument(d));
        foreach (var doc in built)
        {
            writer.AddDocument(doc);
            if (++count % ProgressEvery == 0)
            {
                progress?.Invoke(count);
                ct.ThrowIfCancellationRequested();
            }
        }

        writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture), [IndexLayout.Key] = IndexLayout.Entry.Value });
        writer.Commit();
        return count;
    }

    /// <summary>True when the folder holds an index of the current <see cref="IndexLayout"/> that Lucene can open and whose segments check clean.</summary>
    public static bool Verify(string folder)
    {
        try
        {
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory) || !IndexLayout.IsCurrent(directory))
            {
                return false;
            }

            var checker = new CheckIndex(directory);
            return checker.DoCheckIndex().Clean;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (live is { Pending: true } generation)
            {
                generation.Commit();
            }

            live?.Dispose();
            live = null;
        }

        Analyzer.Dispose();
    }

    private static Term IdTerm(Guid id) => new(FieldNames.Id, id.ToString("D"));

    private void CommitIfDue(Generation generation)
    {
        if (generation.Pending && generation.SinceCommit >= options.CommitInterval)
        {
            generation.Commit();
        }
    }

    /// <summary>
    /// Scoring acts at query time only (the index stores lengths, not scores), so it follows the options
    /// without a rebuild: BM25 for the word fields, Lucene's classic TF-IDF for the bigram fields by
    /// default (measured best on csl-dev; see README).
    /// </summary>
    private sealed class ScoringSearcherFactory(SearchOptions options) : SearcherFactory
    {
        private readonly Similarity words = Create(options.WordScoring, options);
        private readonly Similarity bigrams = Create(options.BigramScoring, options);
        private readonly Similarity unigrams = Create(options.UnigramScoring, options);

        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new PerField(this) };

        private static Similarity Create(Scoring scoring, SearchOptions options) =>
            scoring == Scoring.Bm25 ? new BM25Similarity(options.Bm25K1, options.Bm25B) : new DefaultSimilarity();

        private sealed class PerField(ScoringSearcherFactory factory) : PerFieldSimilarityWrapper
        {
            public override Similarity Get(string name) =>
                name.EndsWith(FieldNames.BigramSuffix, StringComparison.Ordinal) ? factory.bigrams
                : name.EndsWith(FieldNames.UnigramSuffix, StringComparison.Ordinal) ? factory.unigrams
                : factory.words;
        }
    }

    private sealed class Generation : IDisposable
    {
        private long lastCommit = Stopwatch.GetTimestamp();

        private Generation(string folder, LuceneDirectory directory, IndexWriter writer, SearchOptions options)
        {
            Folder = folder;
            Directory = directory;
            Writer = writer;
            Manager = new SearcherManager(writer, applyAllDeletes: true, new ScoringSearcherFactory(options));
            Sequence = ReadSequence(writer);
        }

        public string Folder { get; }

        public LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Manager { get; }

        /// <summary>The applied sequence; <see cref="Commit"/> makes it durable.</summary>
        public long Sequence { get; private set; }

        public bool Pending { get; private set; }

        public TimeSpan SinceCommit => Stopwatch.GetElapsedTime(lastCommit);

        public static Generation Open(string folder, Analyzer analyzer, SearchOptions options)
        {
            // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: Lucene.Net's memory-mapped inputs record
            // every clone (one per postings, stored-field and term-vector reader, dozens per search) in a weak
            // map, which grew until a full collection. Under sustained HTTP load the service slowed run after
            // run (plain search ~1,160 → 980 req/s, p99 12 → 27 ms, working set 390 MB after a minute); with
            // NIOFS it held 1,270–1,520 req/s at p99 6.5–8.4 ms and 280 MB (README, Speed).
            var directory = new NIOFSDirectory(folder);
            var config = new IndexWriterConfig(ListingAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
            return new Generation(folder, directory, new IndexWriter(directory, config), options);
        }

        public void Advance(long sequence)
        {
            Sequence = sequence;
            Pending = true;
        }

        public void Commit()
        {
            Writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = Sequence.ToString(CultureInfo.InvariantCulture), [IndexLayout.Key] = IndexLayout.Entry.Value });
            Writer.Commit();
            Pending = false;
            lastCommit = Stopwatch.GetTimestamp();
        }

        public void Dispose()
        {
            Manager.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }

        private static long ReadSequence(IndexWriter writer) =>
            writer.CommitData.TryGetValue(SequenceKey, out string? value) && long.TryParse(value, CultureInfo.InvariantCulture, out long seq) ? seq : 0;
    }
}
