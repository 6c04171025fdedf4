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
    /// score lies between the k-th and that multiple may be missed.
    /// </summary>
    public ScoreDoc[] Top(Filter? filter, int k, float prune = 1f)
    {
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
        float threshold = float.NegativeInfinity;
        float skipBelow = float.NegativeInfinity;
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var accept = AcceptDocs(context, filter, out bool none);
            if (none)
            {
                continue;
            }

            var scorers = new Scorer?[n];
            for (int i = 0; i < n; i++)
            {
                scorers[i] = leaves[i].Weight.GetScorer(context, accept);
            }

            var heap = new ScorerHeap(scorers, essential);
            while (heap.Count > 0)
            {
                int current = heap.TopDoc;
                doc++;
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
                if (gated)
                {
                    if (!Evaluate(root, scores, stamp, doc, out score))
                    {
                        continue;
                    }
                }
                else
                {
                    score = (float)known;
                }

                if (top.Count >= k && score <= threshold)
                {
                    continue;
                }

                var hit = new ScoreDoc(context.DocBase + current, score);
                top.Enqueue(hit, hit);
                if (top.Count > k)
                {
                    top.Dequeue();
                }

                if (top.Count >= k)
                {
                    threshold = top.Peek().Score;
                    skipBelow = threshold * Math.Max(1f, prune);
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
        }

        var result = new ScoreDoc[top.Count];
        for (int i = result.Length - 1; i >= 0; i--)
        {
            result[i] = top.Dequeue();
        }

        return result;
    }

    /// <summary>
    /// How many documents match, and their facets, counted on <paramref name="share"/> of every segment: windows of
    /// at most <see cref="WindowLength"/> documents spread evenly over it, each scanned whole (share 1: all of them,
    /// an exact count). Returns the matches counted and the share of the accepted documents (live, and passing the
    /// filter) the windows held, which the caller scales up by: a ratio, so a filter whose documents cluster in
    /// import order (one kind after another) is not over- or under-counted. The facets are scaled alike.
    /// </summary>
    public (int Matched, double Share) Count(Filter? filter, double share, FacetCollector? facets)
    {
        int matched = 0;
        long accepted = 0, acceptedInWindows = 0;
        var marks = new bool[2 * WindowLength];
        var scratch = new Stack<bool[]>();
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var accept = AcceptDocs(context, filter, out bool none);
            int maxDoc = context.AtomicReader.MaxDoc;
            if (none || maxDoc == 0)
            {
                continue;
            }

            var scorers = new Scorer?[leaves.Length];
            for (int i = 0; i < leaves.Length; i++)
            {
                scorers[i] = leaves[i].Weight.GetScorer(context, accept);
            }

            facets?.SetNextReader(context);
            // Every segment gives the same share of its documents, however small, so one scale fits all.
            int covered = share >= 1 ? maxDoc : (int)Math.Clamp(Math.Round(share * maxDoc), 1, maxDoc);
            int length = Math.Clamp(covered / MinWindows, MinWindowLength, WindowLength);
            int windows = Math.Max(1, covered / length);
            if (covered < maxDoc)
            {
                accepted += Accepted(accept, context.AtomicReader, 0, maxDoc);
            }

            for (int w = 0; w < windows; w++)
            {
                // Window w starts at w / windows of the segment and holds its part of the covered documents (all of
                // them, contiguous, when the whole segment is covered); it never runs into the next one.
                int start = (int)((long)w * maxDoc / windows);
                int next = (int)((long)(w + 1) * maxDoc / windows);
                int end = Math.Min(next, start + (int)((long)(w + 1) * covered / windows - (long)w * covered / windows));
                if (covered < maxDoc)
                {
                    acceptedInWindows += Accepted(accept, context.AtomicReader, start, end);
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
        }

        // No accepted document in the windows (a rare filter): nothing is known but the share scanned.
        double covering = acceptedInWindows == accepted ? 1 : acceptedInWindows == 0 ? Math.Min(share, 0.999) : (double)acceptedInWindows / accepted;
        if (facets is not null)
        {
            facets.WindowShare = covering;
        }

        return (matched, covering);
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

        public ScorerHeap(Scorer?[] scorers, int from)
        {
            this.scorers = scorers;
            items = new int[scorers.Length];
            Fill(from);
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

        private void Fill(int from)
        {
            for (int i = from; i < scorers.Length; i++)
            {
                if (scorers[i] is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
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
