using Matchmaking.Core.Listings.Duplicates;

namespace Matchmaking.Core.Tests.Listings;

public sealed class DuplicateTextTests
{
    [Theory]
    [InlineData("ZL202110866496.0", "202110866496")]
    [InlineData("zl 202110866496.0", "202110866496")]
    [InlineData("202110866496", "202110866496")]
    [InlineData("ZL２０２１１０８６６４９６.０", "202110866496")]
    [InlineData("2023SR0123456", "2023SR0123456")]
    [InlineData("12", null)]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void PatentKey_Spellings_OneKey(string? number, string? key) => Assert.Equal(key, DuplicateText.PatentKey(number is null ? null : number.Normalize(System.Text.NormalizationForm.FormKC)));

    [Theory]
    [InlineData("锂電池，極片 缺陷", "锂电池极片缺陷")]
    [InlineData("ＳｉＣ 0.02mm！", "sic002mm")]
    public void Normalize_WidthCaseScriptAndPunctuation_Folded(string text, string expected) => Assert.Equal(expected, DuplicateText.Normalize(text));
}
