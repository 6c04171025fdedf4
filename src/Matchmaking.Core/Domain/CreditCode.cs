namespace Matchmaking.Core.Domain;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 17 characters and a check
/// character over the 31-symbol alphabet that leaves out I, O, Z, S and V.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public const int Length = 18;

    // Weights are 3^i mod 31 for positions 0..16, as the standard tabulates them.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the first 17 characters, or null if one is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            return null;
        }

        int sum = 0;
        for (int i = 0; i < first17.Length; i++)
        {
            int value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        int check = (31 - (sum % 31)) % 31;
        return Alphabet[check];
    }

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return false;
        }

        char? expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return expected is not null && expected == code[Length - 1];
    }
}
