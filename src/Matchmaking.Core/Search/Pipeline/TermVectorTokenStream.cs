using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// A document's tokens replayed from its term vector (positions and offsets stored at index time) for
/// the highlighter, in offset order. Unlike TokenSources' stream, which makes a Token object per
/// occurrence, it keeps one small struct per occurrence and fills the same attributes each step: the
/// explain step highlights every hit, so this is most of what a search allocates.
/// </summary>
internal sealed class TermVectorTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly List<(int Start, int End, int Position, int Term)> tokens;
    private readonly List<string> texts;
    private int next;

    /// <summary>Every occurrence of every term in <paramref name="vector"/>.</summary>
    public TermVectorTokenStream(Terms vector)
        : this(vector, null, 0)
    {
    }

    /// <summary>
    /// Only the occurrences a <see cref="Lucene.Net.Search.Highlight.Highlighter"/> with a
    /// <see cref="Lucene.Net.Search.Highlight.SimpleFragmenter"/> of <paramref name="fragmentChars"/>
    /// needs to produce the same fragments as from every occurrence: those of <paramref name="matched"/>
    /// terms, those that overlap a neighbour (they group with it), and the two on either side of each
    /// place where the fragmenter cuts. The highlighter copies the text between the tokens it is given
    /// from the document itself, so the rest (most of a listing's words) need not pass through it, and
    /// it no longer makes a Token object and three strings for each of them. A kept token of a term
    /// that is not matched carries no text (the scorer gives it 0 either way), so only matched terms
    /// become strings.
    /// </summary>
    public TermVectorTokenStream(Terms vector, IReadOnlySet<BytesRef>? matched, int fragmentChars)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        var wanted = fragmentChars > 0 ? matched : null;
        int distinct = (int)Math.Max(0, vector.Count);
        texts = new List<string>(distinct);
        tokens = new List<(int, int, int, int)>(distinct * 2);
        var isMatched = new List<bool>(distinct);
        var terms = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (terms.MoveNext())
        {
            bool hit = wanted?.Contains(terms.Term) ?? true;
            int index = texts.Count;
            texts.Add(hit ? terms.Term.Utf8ToString() : "");
            isMatched.Add(hit);
            positions = terms.DocsAndPositions(null, positions);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (int i = positions.Freq; i > 0; i--)
            {
                int position = positions.NextPosition();
                tokens.Add((positions.StartOffset, positions.EndOffset, position, index));
            }
        }

        tokens.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.End.CompareTo(b.End));
        if (wanted is not null)
        {
            KeepNeeded(isMatched, fragmentChars);
        }
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (start, end, _, index) = tokens[next++];
        term.SetEmpty().Append(texts[index]);
        offset.SetOffset(start, end);
        increment.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }

    /// <summary>
    /// Replays the highlighter's walk over every token: a token that starts at or after the end of the
    /// current group begins a new group, and there the fragmenter cuts when the token ends at or past
    /// fragmentChars × (cuts so far + 1). The cut falls between the previous token and this one, so
    /// both stay; so do matched tokens and every token that overlaps another.
    /// </summary>
    private void KeepNeeded(List<bool> matched, int fragmentChars)
    {
        var keep = new bool[tokens.Count];
        int fragments = 1;
        int groupEnd = int.MaxValue;
        for (int i = 0; i < tokens.Count; i++)
        {
            var (start, end, _, index) = tokens[i];
            keep[i] |= matched[index];
            if (i > 0 && start < groupEnd)
            {
                // Overlapping tokens form one group in the highlighter: keeping each with the one before
                // keeps the whole run.
                keep[i] = keep[i - 1] = true;
                groupEnd = Math.Max(groupEnd, end);
                continue;
            }

            if (i > 0 && end >= fragmentChars * fragments)
            {
                fragments++;
                keep[i] = keep[i - 1] = true;
            }

            groupEnd = end;
        }

        int kept = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (keep[i])
            {
                tokens[kept++] = tokens[i];
            }
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
    }
}
