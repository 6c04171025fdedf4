using System.Text;

namespace Matchmaking.Core.Domain;

/// <summary>Enum values as the API spells them (MatchStage.Shortlisted → SHORTLISTED), for messages clients read.</summary>
public static class WireNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
