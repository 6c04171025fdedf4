using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// The top k of a disjunction of term clauses without scoring every posting: MaxScore (Turtle and Flood, 1995).
/// Each term clause has an upper bound on what it can add to a score (BM25: idf · boost · (k1 + 1); classic
/// TF-IDF: idf² · boost, as √tf · lengthNorm ≤ 1). Sorted by bound, the cheapest clauses whose bounds add up to
/// no more than the k-th best score so far cannot put a document into the top k on their own: they are not
/// iterated, only advanced to the documents the other clauses bring, and not even that when the document's
/// score so far plus their bounds cannot beat the k-th. The rarest terms carry the big bounds, so once the top k
/// fills, only their short postings are walked; the common ones (检测, 技术, 系统, their pairs) are skipped through.
/// The hits and scores are those of the exhaustive search (a test compares them); what it does not give is the
/// total or the facets, which <see cref="Count"/> estimates on evenly spread windows of the index.
/// </summary>
/// <remarks>
/// Takes the rewritten query as <see cref="LexicalRetriever"/> builds it: Boolean queries without coord or
/// minimum-should-match (the common-terms rule rewrites to MUST rare / SHOULD common) over term queries, under a
/// similarity whose query norm is 1 (per-field BM25 / classic, so a clause's score does not depend on the others).
/// Anything else (a phrase, MUST_NOT, another similarity) gives null, and the caller searches exhaustively.
/// </remarks>
internal sealed class MaxScoreSearch
{
    /// <summary>Float sums are not associative: bounds are raised a little so rounding never prunes a winner.</summary>
    private const float Slack = 1.0001f;

    /// <summary>
    /// The longest counting window: a few postings blocks (128 documents), so skipping to one pays. A segment's sample
    /// is cut into at least <see cref="MinWindows"/> windows (of at least <see cref="MinWindowLength"/> documents) spread
    /// over it, as documents come in import order (one kind after another, old before new).
    /// </summary>
    private const int WindowLength = 512;

    private const int MinWindows = 16;

    private const int MinWindowLength = 32;

    private readonly IndexSearcher searcher;
    private readonly Leaf[] leaves;
    private readonly Node root;
    private readonly bool gated;

    private MaxScoreSearch(IndexSearcher searcher, Leaf[] leaves, Node root, bool gated)
    {
        this.searcher = searcher;
        this.leaves = leaves;
        this.root = root;
        this.gated = gated;
        Cost = leaves.Sum(l => (long)l.DocFreq);
    }

    /// <summary>The postings the exhaustive search would walk: the clauses' document frequencies added up.</summary>
    public long Cost { get; }

    public static MaxScoreSearch? TryCreate(IndexSearcher searcher, Query query)
    {
        if (searcher.Similarity.QueryNorm(4f) != 1f)
        {
            return null;
        }

        var found = new List<Leaf>();
        bool gated = false;
        var root = Flatten(searcher, searcher.Rewrite(query), 1f, found, ref gated);
        if (root is null || found.Count == 0)
        {
            return null;
        }

        // Ascending bounds: the non-essential clauses are always a prefix.
        var order = found.Select((leaf, i) => (leaf, i)).OrderBy(p => p.leaf.Bound).ToList();
        int[] position = new int[found.Count];
        for (int i = 0; i < order.Count; i++)
        {
            position[order[i].i] = i;
        }

        return new MaxScoreSearch(searcher, [.. order.Select(p => p.leaf)], Renumber(root, position), gated);
    }

    /// <summary>
    /// The top <paramref name="k"/> documents (index-wide ids), best first, ties to the lower id as Lucene's collector breaks
    /// them. With <paramref name="prune"/> above 1 the search is no longer exact: a document is skipped once it cannot beat
    /// that multiple of the current k-th score (aggressive MaxScore), so fewer postings are read and a document whose
    /// score lies between the k-th and that multiple may be missed. With <paramref name="threads"/> above 1 the index is
    /// cut into that many contiguous ranges of document ids searched at once (the same hits: each range's top k holds
    /// every document of it that can be in the whole top k, and the ranges tell each other their k-th scores).
    /// </summary>
    /// <param name="order">Tests only: run the ranges one after another in this order, on the calling thread.</param>
    public ScoreDoc[] Top(Filter? filter, int k, float prune = 1f, int threads = 1, int minPartition = 50_000, IReadOnlyList<int>? order = null)
    {
        var contexts = searcher.IndexReader.Leaves;
        var accepts = new IBits?[contexts.Count];
        var skip = new bool[contexts.Count];
        for (int i = 0; i < contexts.Count; i++)
        {
            accepts[i] = AcceptDocs(contexts[i], filter, out skip[i]);
        }

        int total = searcher.IndexReader.MaxDoc;
        int parts = Math.Clamp(threads, 1, Math.Max(1, total / Math.Max(1, minPartition)));
        if (parts == 1)
        {
            return Ordered(new Partition(this, 0, 1).Run(Pieces(contexts, skip, 0, total), accepts, k, prune));
        }

        var partitions = Enumerable.Range(0, parts).Select(p => new Partition(this, p, parts)).ToArray();
        var found = new List<ScoreDoc>[parts];
        void Run(int p)
        {
            var pieces = Pieces(contexts, skip, (int)((long)p * total / parts), (int)((long)(p + 1) * total / parts));
            found[p] = partitions[p].Run(pieces, accepts, k, prune, partitions);
        }

        if (order is not null)
        {
            foreach (int p in order.Where(p => p < parts))
            {
                Run(p);
            }
        }
        else
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, Run);
        }
        return Ordered(found.SelectMany(f => f ?? [])).Take(k).ToArray();
    }

    private static ScoreDoc[] Ordered(IEnumerable<ScoreDoc> hits) =>
        [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc)];

    /// <summary>The segments' parts of the index-wide range [from, to): (segment, first, end) in segment ids.</summary>
    private static List<(int Segment, int Start, int End)> Pieces(IList<AtomicReaderContext> contexts, bool[] skip, int from, int to)
    {
        var pieces = new List<(int, int, int)>();
        for (int i = 0; i < contexts.Count; i++)
        {
            int docBase = contexts[i].DocBase, maxDoc = contexts[i].AtomicReader.MaxDoc;
            int start = Math.Max(from, docBase) - docBase, end = Math.Min(to, docBase + maxDoc) - docBase;
            if (!skip[i] && start < end)
            {
                pieces.Add((i, start, end));
            }
        }

        return pieces;
    }

    /// <summary>
    /// One range's MaxScore walk. Its k-th score, once it has k hits, is a bar for the other ranges: a range of lower
    /// ids wins ties, so a range above it skips what scores at most that, and a range below it only what scores less.
    /// </summary>
    private sealed class Partition(MaxScoreSearch search, int index, int count)
    {
        private float published = float.NegativeInfinity;

        /// <summary>This range's k-th score so far (no bar until it has k hits).</summary>
        public float Published => Volatile.Read(ref published);

        public List<ScoreDoc> Run(List<(int Segment, int Start, int End)> pieces, IBits?[] accepts, int k, float prune, Partition[]? all = null)
        {
            var leaves = search.leaves;
            var contexts = search.searcher.IndexReader.Leaves;
            var top = new PriorityQueue<ScoreDoc, ScoreDoc>(k + 1, WorstFirst.Instance);
            int n = leaves.Length;
            double[] prefix = new double[n + 1];
            for (int i = 0; i < n; i++)
            {
                prefix[i + 1] = prefix[i] + leaves[i].Bound;
            }

            var scores = new float[n];
            var stamp = new int[n];
            int doc = 0;
            int essential = 0;
            float own = float.NegativeInfinity;
            float bar = float.NegativeInfinity;
            float skipBelow = float.NegativeInfinity;
            foreach (var (segment, start, end) in pieces)
            {
                var context = contexts[segment];
                var scorers = new Scorer?[n];
                for (int i = 0; i < n; i++)
                {
                    scorers[i] = leaves[i].Weight.GetScorer(context, accepts[segment]);
                }

                var heap = new ScorerHeap(scorers, essential, start);
                while (heap.Count > 0 && heap.TopDoc < end)
                {
                    int current = heap.TopDoc;
                    doc++;
                    if (all is not null && (doc & 63) == 1 && Shared(all) is var shared && shared > bar)
                    {
                        Raise(shared);
                    }

                    double known = 0;
                    while (heap.Count > 0 && heap.TopDoc == current)
                    {
                        int i = heap.Top;
                        var scorer = scorers[i]!;
                        scores[i] = scorer.GetScore();
                        stamp[i] = doc;
                        known += scores[i];
                        heap.AdvanceTop();
                    }

                    bool pruned = false;
                    for (int j = essential - 1; j >= 0; j--)
                    {
                        if (known + prefix[j + 1] <= skipBelow)
                        {
                            pruned = true;
                            break;
                        }

                        if (scorers[j] is not { } scorer)
                        {
                            continue;
                        }

                        if (scorer.DocID < current)
                        {
                            scorer.Advance(current);
                        }

                        if (scorer.DocID == current)
                        {
                            scores[j] = scorer.GetScore();
                            stamp[j] = doc;
                            known += scores[j];
                        }
                    }

                    if (pruned)
                    {
                        continue;
                    }

                    float score;
                    if (search.gated)
                    {
                        if (!Evaluate(search.root, scores, stamp, doc, out score))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        score = (float)known;
                    }

                    if (score <= bar)
                    {
                        continue;
                    }

                    var hit = new ScoreDoc(context.DocBase + current, score);
                    top.Enqueue(hit, hit);
                    if (top.Count > k)
                    {
                        top.Dequeue();
                    }

                    if (top.Count >= k && top.Peek().Score > own)
                    {
                        own = top.Peek().Score;
                        if (all is not null)
                        {
                            Volatile.Write(ref published, own);
                        }

                        Raise(Math.Max(own, all is null ? own : Shared(all)));
                    }
                }

                void Raise(float to)
                {
                    if (to <= bar)
                    {
                        return;
                    }

                    bar = to;
                    skipBelow = bar * Math.Max(1f, prune);
                    int raised = essential;
                    while (raised < n && prefix[raised + 1] <= skipBelow)
                    {
                        raised++;
                    }

                    if (raised > essential)
                    {
                        essential = raised;
                        heap.DropBelow(essential);
                    }
                }
            }

            return [.. top.UnorderedItems.Select(item => item.Element)];
        }

        /// <summary>The highest bar the other ranges give this one.</summary>
        private float Shared(Partition[] all)
        {
            float best = float.NegativeInfinity;
            for (int q = 0; q < count; q++)
            {
                float t = all[q].Published;
                if (q == index || float.IsNegativeInfinity(t))
                {
                    continue;
                }

                // A range of lower ids keeps its ties; a document here only loses to its k-th score when below it.
                best = Math.Max(best, q < index ? t : MathF.BitDecrement(t));
            }

            return best;
        }
    }

    /// <summary>
    /// How many documents match, and their facets, counted on <paramref name="share"/> of every segment: windows of
    /// at most <see cref="WindowLength"/> documents spread evenly over it, each scanned whole (share 1: all of them,
    /// an exact count). Returns the matches counted and the share of the accepted documents (live, and passing the
    /// filter) the windows held, which the caller scales up by: a ratio, so a filter whose documents cluster in
    /// import order (one kind after another) is not over- or under-counted. The facets are scaled alike. With
    /// <paramref name="threads"/> above 1 the windows are cut into that many runs counted at once, each into its own
    /// facet counters, added up after (the same figures).
    /// </summary>
    public (int Matched, double Share) Count(Filter? filter, double share, FacetCollector? facets, int threads = 1, int minPartition = 50_000)
    {
        var contexts = searcher.IndexReader.Leaves;
        var accepts = new IBits?[contexts.Count];
        long accepted = 0;
        var windows = new List<Window>();
        for (int i = 0; i < contexts.Count; i++)
        {
            accepts[i] = AcceptDocs(contexts[i], filter, out bool none);
            int maxDoc = contexts[i].AtomicReader.MaxDoc;
            if (none || maxDoc == 0)
            {
                continue;
            }

            // Every segment gives the same share of its documents, however small, so one scale fits all.
            int covered = share >= 1 ? maxDoc : (int)Math.Clamp(Math.Round(share * maxDoc), 1, maxDoc);
            int length = Math.Clamp(covered / MinWindows, MinWindowLength, WindowLength);
            int count = Math.Max(1, covered / length);
            bool sampled = covered < maxDoc;
            if (sampled)
            {
                accepted += Accepted(accepts[i], contexts[i].AtomicReader, 0, maxDoc);
            }

            for (int w = 0; w < count; w++)
            {
                // Window w starts at w / count of the segment and holds its part of the covered documents (all of
                // them, contiguous, when the whole segment is covered); it never runs into the next one.
                int start = (int)((long)w * maxDoc / count);
                int next = (int)((long)(w + 1) * maxDoc / count);
                int end = Math.Min(next, start + (int)((long)(w + 1) * covered / count - (long)w * covered / count));
                windows.Add(new Window(i, start, end, sampled));
            }
        }

        long scanned = windows.Sum(w => (long)(w.End - w.Start));
        int parts = Math.Clamp(threads, 1, (int)Math.Max(1, scanned / Math.Max(1, minPartition)));
        int matched = 0;
        long acceptedInWindows = 0;
        if (parts == 1)
        {
            (matched, acceptedInWindows) = CountWindows(windows, accepts, facets);
        }
        else
        {
            // Runs of consecutive windows holding about the same number of documents.
            var runs = new List<Window>[parts];
            long so = 0;
            for (int p = 0; p < parts; p++)
            {
                runs[p] = [];
            }

            foreach (var window in windows)
            {
                runs[(int)Math.Min(parts - 1, so * parts / Math.Max(1, scanned))].Add(window);
                so += window.End - window.Start;
            }

            var results = new (int Matched, long Accepted, FacetCollector? Facets)[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            {
                var own = facets?.Fork();
                var (m, a) = CountWindows(runs[p], accepts, own);
                results[p] = (m, a, own);
            });
            foreach (var (m, a, own) in results)
            {
                matched += m;
                acceptedInWindows += a;
                if (own is not null)
                {
                    facets!.Merge(own);
                }
            }
        }

        // No accepted document in the windows (a rare filter): nothing is known but the share scanned.
        double covering = acceptedInWindows == accepted ? 1 : acceptedInWindows == 0 ? Math.Min(share, 0.999) : (double)acceptedInWindows / accepted;
        if (facets is not null)
        {
            facets.WindowShare = covering;
        }

        return (matched, covering);
    }

    /// <summary>Counts the matches in these windows (in segment order) and the accepted documents of the sampled ones.</summary>
    private (int Matched, long Accepted) CountWindows(List<Window> windows, IBits?[] accepts, FacetCollector? facets)
    {
        var contexts = searcher.IndexReader.Leaves;
        int matched = 0;
        long acceptedInWindows = 0;
        var marks = new bool[2 * WindowLength];
        var scratch = new Stack<bool[]>();
        var scorers = new Scorer?[leaves.Length];
        int segment = -1;
        foreach (var (i, start, end, sampled) in windows)
        {
            var context = contexts[i];
            if (i != segment)
            {
                segment = i;
                for (int j = 0; j < leaves.Length; j++)
                {
                    scorers[j] = leaves[j].Weight.GetScorer(context, accepts[i]);
                }

                facets?.SetNextReader(context);
            }

            if (sampled)
            {
                acceptedInWindows += Accepted(accepts[i], context.AtomicReader, start, end);
            }

            Array.Clear(marks);
            Mark(root, scorers, start, end, marks, scratch);
            for (int d = start; d < end; d++)
            {
                if (marks[d - start])
                {
                    matched++;
                    facets?.Collect(d);
                }
            }
        }

        return (matched, acceptedInWindows);
    }

    private static long Accepted(IBits? accept, AtomicReader reader, int start, int end)
    {
        if (accept is null)
        {
            return end - start;
        }

        if (accept is FixedBitSet bits && start == 0 && end == bits.Length)
        {
            return bits.Cardinality;
        }

        if (accept == reader.LiveDocs && start == 0 && end == reader.MaxDoc)
        {
            return reader.NumDocs;
        }

        long n = 0;
        for (int d = start; d < end; d++)
        {
            if (accept.Get(d))
            {
                n++;
            }
        }

        return n;
    }

    private static IBits? AcceptDocs(AtomicReaderContext context, Filter? filter, out bool none)
    {
        none = false;
        var live = context.AtomicReader.LiveDocs;
        if (filter is null)
        {
            return live;
        }

        var set = filter.GetDocIdSet(context, live);
        if (set is null)
        {
            none = true;
            return null;
        }

        if (set.Bits is { } bits)
        {
            return bits;
        }

        var iterator = set.GetIterator();
        if (iterator is null)
        {
            none = true;
            return null;
        }

        var copy = new FixedBitSet(context.AtomicReader.MaxDoc);
        copy.Or(iterator);
        return copy;
    }

    /// <summary>Whether the node matches the current document (every MUST clause, else any SHOULD), and its score.</summary>
    private static bool Evaluate(Node node, float[] scores, int[] stamp, int doc, out float score)
    {
        if (node.Leaf >= 0)
        {
            score = stamp[node.Leaf] == doc ? scores[node.Leaf] : 0f;
            return stamp[node.Leaf] == doc;
        }

        score = 0f;
        foreach (var must in node.Must)
        {
            if (!Evaluate(must, scores, stamp, doc, out float s))
            {
                score = 0f;
                return false;
            }

            score += s;
        }

        bool any = node.Must.Length > 0;
        foreach (var should in node.Should)
        {
            if (Evaluate(should, scores, stamp, doc, out float s))
            {
                any = true;
                score += s;
            }
        }

        return any;
    }

    /// <summary>Marks in <paramref name="marks"/> the documents of [start, end) the node matches.</summary>
    private static void Mark(Node node, Scorer?[] scorers, int start, int end, bool[] marks, Stack<bool[]> scratch)
    {
        if (node.Leaf >= 0)
        {
            if (scorers[node.Leaf] is not { } scorer)
            {
                return;
            }

            int d = scorer.DocID < start ? scorer.Advance(start) : scorer.DocID;
            for (; d < end; d = scorer.NextDoc())
            {
                marks[d - start] = true;
            }

            return;
        }

        if (node.Must.Length == 0)
        {
            foreach (var should in node.Should)
            {
                Mark(should, scorers, start, end, marks, scratch);
            }

            return;
        }

        // A MUST clause narrows what the node matches: each is marked apart and the marks intersected. The scratch
        // marks come from the pool, so a search allocates them once rather than per window.
        int length = end - start;
        var own = Rent(scratch, marks.Length, length);
        Mark(node.Must[0], scorers, start, end, own, scratch);
        foreach (var must in node.Must.Skip(1))
        {
            var next = Rent(scratch, marks.Length, length);
            Mark(must, scorers, start, end, next, scratch);
            for (int i = 0; i < length; i++)
            {
                own[i] &= next[i];
            }

            scratch.Push(next);
        }

        // The SHOULD clauses of a node with MUST ones add score, not matches: they need no marks (their scorers
        // advance to the next window when it comes).
        for (int i = 0; i < length; i++)
        {
            marks[i] |= own[i];
        }

        scratch.Push(own);
    }

    private static bool[] Rent(Stack<bool[]> scratch, int size, int length)
    {
        if (scratch.TryPop(out var marks))
        {
            Array.Clear(marks, 0, length);
            return marks;
        }

        return new bool[size];
    }

    private static Node? Flatten(IndexSearcher searcher, Query query, float boost, List<Leaf> leaves, ref bool gated)
    {
        switch (query)
        {
            case TermQuery term:
                var context = TermContext.Build(searcher.TopReaderContext, term.Term);
                var weight = new TermQuery(term.Term, context) { Boost = term.Boost }.CreateWeight(searcher);
                float value = weight.GetValueForNormalization();
                weight.Normalize(1f, boost);
                if (Bound(searcher.Similarity, term.Term.Field, value, term.Boost, boost) is not { } bound)
                {
                    return null;
                }

                leaves.Add(new Leaf(weight, bound * Slack, context.DocFreq));
                return new Node(leaves.Count - 1, [], []);
            case BooleanQuery boolean when boolean.CoordDisabled && boolean.MinimumNumberShouldMatch == 0:
                var must = new List<Node>();
                var should = new List<Node>();
                float inner = boost * boolean.Boost;
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT || Flatten(searcher, clause.Query, inner, leaves, ref gated) is not { } child)
                    {
                        return null;
                    }

                    (clause.Occur == Occur.MUST ? must : should).Add(child);
                }

                gated |= must.Count > 0;
                return new Node(-1, [.. must], [.. should]);
            default:
                return null;
        }
    }

    /// <summary>
    /// The most one term clause adds to a score. <paramref name="value"/> is the weight's value for normalisation,
    /// (idf · term boost)² for both similarities; <paramref name="outer"/> the enclosing queries' boosts.
    /// </summary>
    private static float? Bound(Similarity similarity, string field, float value, float termBoost, float outer)
    {
        if (similarity is PerFieldSimilarityWrapper perField)
        {
            similarity = perField.Get(field);
        }

        return similarity switch
        {
            // score = idf · boost · (k1 + 1) · tf / (tf + k1 · lengthFactor) < idf · boost · (k1 + 1)
            BM25Similarity bm25 => MathF.Sqrt(value) * outer * (bm25.K1 + 1f),

            // score = √tf · lengthNorm · idf² · boost, and √tf / √length ≤ 1 (a term occurs at most once per position)
            DefaultSimilarity when termBoost > 0 => value / termBoost * outer,
            DefaultSimilarity => 0f,
            _ => null,
        };
    }

    private static Node Renumber(Node node, int[] position) =>
        node.Leaf >= 0 ? node with { Leaf = position[node.Leaf] } : node with
        {
            Must = [.. node.Must.Select(n => Renumber(n, position))],
            Should = [.. node.Should.Select(n => Renumber(n, position))],
        };

    private sealed record Leaf(Weight Weight, float Bound, int DocFreq);

    /// <summary>A counting window: documents [Start, End) of a segment; Sampled when the segment is not counted whole.</summary>
    private readonly record struct Window(int Segment, int Start, int End, bool Sampled);

    /// <summary>A term clause (<see cref="Leaf"/> ≥ 0, its index in bound order) or a Boolean node.</summary>
    private sealed record Node(int Leaf, Node[] Must, Node[] Should);

    /// <summary>Lucene's hit order reversed: the lowest score first, and of equal scores the higher document.</summary>
    private sealed class WorstFirst : IComparer<ScoreDoc>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(ScoreDoc? x, ScoreDoc? y)
        {
            int byScore = x!.Score.CompareTo(y!.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }

    /// <summary>The essential clauses' scorers ordered by their current document (a binary min-heap of indices).</summary>
    private sealed class ScorerHeap
    {
        private readonly Scorer?[] scorers;
        private int[] items;

        public ScorerHeap(Scorer?[] scorers, int from, int start = 0)
        {
            this.scorers = scorers;
            items = new int[scorers.Length];
            Fill(from, start);
        }

        public int Count { get; private set; }

        public int Top => items[0];

        public int TopDoc => scorers[items[0]]!.DocID;

        /// <summary>Moves the top scorer to its next document (dropping it when exhausted) and restores the order.</summary>
        public void AdvanceTop()
        {
            if (scorers[items[0]]!.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                items[0] = items[--Count];
            }

            if (Count > 0)
            {
                Down(0);
            }
        }

        /// <summary>Keeps only the scorers from index <paramref name="from"/> on (the bound order), rebuilding the heap.</summary>
        public void DropBelow(int from)
        {
            var kept = items.Take(Count).Where(i => i >= from).ToArray();
            Count = 0;
            foreach (int i in kept)
            {
                items[Count++] = i;
            }

            for (int i = Count / 2 - 1; i >= 0; i--)
            {
                Down(i);
            }
        }

        private void Fill(int from, int start)
        {
            for (int i = from; i < scorers.Length; i++)
            {
                if (scorers[i] is { } scorer && (start > 0 ? scorer.Advance(start) : scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    items[Count++] = i;
                }
            }

            for (int i = Count / 2 - 1; i >= 0; i--)
            {
                Down(i);
            }
        }

        private void Down(int at)
        {
            int item = items[at];
            int doc = scorers[item]!.DocID;
            while (true)
            {
                int child = 2 * at + 1;
                if (child >= Count)
                {
                    break;
                }

                if (child + 1 < Count && scorers[items[child + 1]]!.DocID < scorers[items[child]]!.DocID)
                {
                    child++;
                }

                if (scorers[items[child]]!.DocID >= doc)
                {
                    break;
                }

                items[at] = items[child];
                at = child;
            }

            items[at] = item;
        }
    }
}
