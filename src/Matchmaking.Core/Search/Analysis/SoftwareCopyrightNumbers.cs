using System.Text.RegularExpressions;

namespace Matchmaking.Core.Search.Analysis;

/// <summary>
/// Software-copyright numbers (软著) as one code however they are written, like patent numbers
/// (<see cref="PatentNumbers"/>): the registration number (登记号) 2023SR0123456, 2023sr0123456 or
/// 2023-SR-0123456 becomes 2023sr0123456; the certificate number (证书号) 软著登字第1234567号 becomes
/// rz1234567. A bare run of seven digits is not taken for a certificate number: it needs its 软著登字第.
/// The patterns accept 着 for 著: the index's traditional → simplified table maps 著 to 着 before tokenizing.
/// </summary>
public static partial class SoftwareCopyrightNumbers
{
    public const string CertificatePrefix = "rz";

    /// <summary>The code for a token of the codes field (already lowercased), or null when it is not a software-copyright number.</summary>
    public static string? Canonical(string token)
    {
        var match = Number().Match(token);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["certificate"].Success
            ? CertificatePrefix + match.Groups["certificate"].Value
            : match.Groups["year"].Value + "sr" + match.Groups["serial"].Value;
    }

    /// <summary>True when <paramref name="code"/> is a code this class makes.</summary>
    public static bool IsCode(string code) => Code().IsMatch(code);

    /// <summary>The number as written in <paramref name="text"/> (2023SR0123456, 软著登字第1234567号) whose code is <paramref name="code"/>, or null.</summary>
    public static string? AsWritten(string text, string code)
    {
        foreach (Match m in Written().Matches(text))
        {
            if (Canonical(m.Value.ToLowerInvariant()) == code)
            {
                return m.Value;
            }
        }

        return null;
    }

    /// <summary>The words that name a software-copyright number in a lookup (登记号, 软著, …), removed before asking whether anything else was typed.</summary>
    public static string RemoveNumbersAndNames(string lowered) => Lookup().Replace(lowered, " ");

    [GeneratedRegex(@"^(?:(?<year>(?:19|20)[0-9]{2})[-_./]?sr[-_./]?(?<serial>[0-9]{6,7})|软[著着]登字第(?<certificate>[0-9]{5,8})号?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:rz[0-9]{5,8}|(?:19|20)[0-9]{2}sr[0-9]{6,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:19|20)[0-9]{2}[-_./]?[Ss][Rr][-_./]?[0-9]{6,7}(?![0-9])|软[著着]登字第[0-9]{5,8}号?", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}[-_./]?sr[-_./]?[0-9]{6,7}|软[著着]登字第[0-9]{5,8}号?|计算机软件著作权|软件著作权|著作权|软著|登记号|证书号|registration|copyright|software", RegexOptions.CultureInvariant)]
    private static partial Regex Lookup();
}
