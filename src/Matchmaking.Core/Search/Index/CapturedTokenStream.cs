using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// A field's tokens, analysed on the thread that captured them and replayed to the index writer, which then
/// only inverts them (a parallel build, <see cref="AnalysedDocuments"/>). It keeps what the writer reads of a
/// token — the term, the position increment and the offsets — and the stream's final offset and position
/// increment, so terms, positions, offsets, term vectors and norms come out as if the writer had analysed the text.
/// Held compactly (one character buffer and four integers a token), not as captured attribute states, which
/// cost several objects a token; a listing holds thousands of tokens.
/// </summary>
internal sealed class CapturedTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;

    private char[] chars;
    private int[] tokens;
    private int charCount;
    private int count;
    private int finalIncrement;
    private int finalOffset;

    private int next;
    private int nextChar;

    private CapturedTokenStream(int textLength)
    {
        // Sized for the text's bigrams, the most tokens (and characters) a text field makes of it: no resizing as a rule.
        chars = new char[2 * textLength + 16];
        tokens = new int[4 * (textLength + 4)];
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as the writer would for <paramref name="field"/>, and keeps the tokens.</summary>
    public static CapturedTokenStream Capture(Analyzer analyzer, string field, string text)
    {
        var captured = new CapturedTokenStream(text.Length);
        using var source = analyzer.GetTokenStream(field, text);
        var term = source.AddAttribute<ICharTermAttribute>();
        var increment = source.AddAttribute<IPositionIncrementAttribute>();
        var offset = source.AddAttribute<IOffsetAttribute>();

        // The writer indexes payloads when a token carries one; none of the listing analyzers sets them, and
        // a replay that silently dropped them would write a different index.
        var payload = source.HasAttribute<IPayloadAttribute>() ? source.GetAttribute<IPayloadAttribute>() : null;
        source.Reset();
        while (source.IncrementToken())
        {
            if (payload?.Payload is { Length: > 0 })
            {
                throw new NotSupportedException($"The analyzer of {field} sets payloads, which a captured token stream does not keep.");
            }

            captured.Add(term.Buffer, term.Length, increment.PositionIncrement, offset.StartOffset, offset.EndOffset);
        }

        source.End();
        captured.finalIncrement = increment.PositionIncrement;
        captured.finalOffset = offset.EndOffset;
        return captured;
    }

    public override bool IncrementToken()
    {
        if (next == count)
        {
            return false;
        }

        ClearAttributes();
        int at = 4 * next++;
        int length = tokens[at];
        term.CopyBuffer(chars, nextChar, length);
        nextChar += length;
        increment.PositionIncrement = tokens[at + 1];
        offset.SetOffset(tokens[at + 2], tokens[at + 3]);
        return true;
    }

    public override void End()
    {
        base.End();
        increment.PositionIncrement = finalIncrement;
        offset.SetOffset(finalOffset, finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
        nextChar = 0;
    }

    private void Add(char[] buffer, int length, int positionIncrement, int start, int end)
    {
        if (charCount + length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(2 * chars.Length, charCount + length));
        }

        if (4 * (count + 1) > tokens.Length)
        {
            Array.Resize(ref tokens, 2 * tokens.Length);
        }

        Array.Copy(buffer, 0, chars, charCount, length);
        charCount += length;
        int at = 4 * count++;
        tokens[at] = length;
        tokens[at + 1] = positionIncrement;
        tokens[at + 2] = start;
        tokens[at + 3] = end;
    }
}
