using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Rewrites each patent or application number token of the codes field to its one code (<see cref="PatentNumbers"/>),
/// and each software-copyright number to its own (<see cref="SoftwareCopyrightNumbers"/>).
/// </summary>
public sealed class PatentNumberFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public PatentNumberFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (term.Length is >= 8 and <= 17 && (PatentNumbers.Canonical(term.ToString()) ?? SoftwareCopyrightNumbers.Canonical(term.ToString())) is { } code)
        {
            term.SetEmpty().Append(code);
        }

        return true;
    }
}
