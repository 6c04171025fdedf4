using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
    private readonly List<(int Start, int End, int Position, string Text)> tokens = [];
    private int next;

    public TermVectorTokenStream(Terms vector)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        var terms = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        while (terms.MoveNext())
        {
            string text = terms.Term.Utf8ToString();
            positions = terms.DocsAndPositions(null, positions);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (int i = positions.Freq; i > 0; i--)
            {
                int position = positions.NextPosition();
                tokens.Add((positions.StartOffset, positions.EndOffset, position, text));
            }
        }

        tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.End.CompareTo(b.End));
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (start, end, _, text) = tokens[next++];
        term.SetEmpty().Append(text);
        offset.SetOffset(start, end);
        increment.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
