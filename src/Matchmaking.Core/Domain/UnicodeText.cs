namespace Matchmaking.Core.Domain;

/// <summary>
/// NUL and a lone surrogate are not text: PostgreSQL refuses both (22021), SQLite would store them, and
/// neither survives UTF-8. Every write and every string compared in SQL is checked here first, so that
/// both providers answer the same clear <see cref="ErrorCodes.InvalidCharacters"/>.
/// </summary>
public static class UnicodeText
{
    /// <summary>What is wrong with <paramref name="value"/> ("a NUL character", "a lone surrogate"), or null.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\0')
            {
                return "a NUL character";
            }

            if (char.IsSurrogate(value[i]))
            {
                if (!char.IsSurrogatePair(value, i))
                {
                    return "a lone surrogate";
                }

                i++;
            }
        }

        return null;
    }

    /// <summary>Throws INVALID_CHARACTERS naming <paramref name="field"/> when the value is not text.</summary>
    public static void Require(string field, string? value)
    {
        if (Problem(value) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidCharacters, $"{field} contains {problem}; send valid Unicode text.");
        }
    }
}
