using System.Text.RegularExpressions;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Chinese patent and application numbers (专利号 / 申请号) as one code however they are written:
/// ZL202310123456.7, 202310123456.7, ZL202310123456 and 202310123456 all become zl202310123456, in the
/// index (a listing's ipNumber and any number in its text) and in the query. The check digit after the
/// point is left out, so a number typed without it still matches; the ZL (or CN) prefix is optional.
/// Numbers since 2003 have 12 digits (year, type, serial); the older 8-digit form needs a prefix or a
/// check digit, so a date such as 20231201 is not taken for one.
/// </summary>
public static partial class PatentNumbers
{
    public const string Prefix = "zl";

    /// <summary>The code for a token of the codes field (already lowercased), or null when it is not a patent number.</summary>
    public static string? Canonical(string token)
    {
        var match = Number().Match(token);
        if (!match.Success)
        {
            return null;
        }

        string digits = match.Groups["digits"].Value;
        bool marked = match.Groups["prefix"].Success || match.Groups["check"].Success;
        if (digits.Length == 12 ? !(digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)) : !marked)
        {
            return null;
        }

        return Prefix + digits;
    }

    /// <summary>
    /// True when the whole text is one or more patent or software-copyright numbers (and words like 专利号 or
    /// 登记号 around them): a lookup, not a topic.
    /// </summary>
    public static bool IsLookup(string text, IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0 || !codes.Any(c => (c.StartsWith(Prefix, StringComparison.Ordinal) && Canonical(c) == c) || SoftwareCopyrightNumbers.IsCode(c)))
        {
            return false;
        }

        string rest = Lookup().Replace(SoftwareCopyrightNumbers.RemoveNumbersAndNames(text.ToLowerInvariant()), " ");
        return !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>The number as written in <paramref name="text"/> (ZL 202111476178.x) whose code is <paramref name="code"/>, or null.</summary>
    public static string? AsWritten(string text, string code)
    {
        foreach (Match m in Written().Matches(text))
        {
            if (Canonical(string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant()) == code)
            {
                return m.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[Zz][Ll]|[Cc][Nn])?\s*[0-9]{8,12}(?:\.[0-9Xx])?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?<prefix>zl|cn)?(?<digits>[0-9]{12}|[0-9]{8})(?:\.(?<check>[0-9x]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // A number as typed (prefix and check digit optional, a space after the prefix allowed) and the words that name it.
    [GeneratedRegex(@"(?:zl|cn)?\s*[0-9]{8,12}(?:\.[0-9x])?|专利号|专利|申请号|patent|no\.?|number|[:：#]", RegexOptions.CultureInvariant)]
    private static partial Regex Lookup();
}
