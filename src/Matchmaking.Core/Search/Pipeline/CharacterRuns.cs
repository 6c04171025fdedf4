using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>
/// Words the segmenter splits into lone characters (缩痕 → 缩 · 痕) read whole again in the matched terms:
/// a run of the query's single characters that also stand next to each other in the listing is one term.
/// Where a run joins in several ways (件缩痕 once in a title, 缩痕 twice in the text) the joining the
/// listing uses most wins, the longer on a tie. Read from the term vector's positions, nothing re-analysed.
/// </summary>
internal sealed class CharacterRuns
{
    private readonly string[][] runs;

    public CharacterRuns(IReadOnlyList<string> sequence)
    {
        var found = new List<string[]>();
        var run = new List<string>();
        foreach (string word in sequence.Append(""))
        {
            if (word.Length == 1 && ReadableTerms.IsCjk(word[0]))
            {
                run.Add(word);
                continue;
            }

            if (run.Count >= 2)
            {
                found.Add([.. run]);
            }

            run.Clear();
        }

        runs = [.. found];
    }

    public IEnumerable<string> In(Terms vector)
    {
        if (runs.Length == 0)
        {
            yield break;
        }

        var positions = Positions(vector, runs.SelectMany(r => r).Distinct(StringComparer.Ordinal));
        foreach (var run in runs)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < run.Length; i++)
            {
                if (!positions.TryGetValue(run[i], out var starts))
                {
                    continue;
                }

                foreach (int start in starts)
                {
                    int last = i;
                    while (last + 1 < run.Length && positions.TryGetValue(run[last + 1], out var next) && next.Contains(start + last + 1 - i))
                    {
                        last++;
                    }

                    for (int end = i + 1; end <= last; end++)
                    {
                        string joined = string.Concat(run[i..(end + 1)]);
                        counts[joined] = counts.GetValueOrDefault(joined) + 1;
                    }
                }
            }

            if (counts.Count > 0)
            {
                yield return counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).First().Key;
            }
        }
    }

    private static Dictionary<string, HashSet<int>> Positions(Terms vector, IEnumerable<string> characters)
    {
        var positions = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var terms = vector.GetEnumerator();
        DocsAndPositionsEnum? occurrences = null;
        foreach (string character in characters)
        {
            if (!terms.SeekExact(new BytesRef(character)))
            {
                continue;
            }

            occurrences = terms.DocsAndPositions(null, occurrences);
            if (occurrences is null || occurrences.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var at = new HashSet<int>();
            for (int k = 0; k < occurrences.Freq; k++)
            {
                at.Add(occurrences.NextPosition());
            }

            positions[character] = at;
        }

        return positions;
    }
}
