using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Tests.Domain;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91330100716105852F")]
    [InlineData("9144030071526726XG")]
    [InlineData("914403001922038216")]
    [InlineData("91110108551385082Q")]
    public void IsValid_PublishedCodes_True(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData("91330100716105852E")] // wrong check character
    [InlineData("9144030071526726XH")] // wrong check character
    [InlineData("91330100716105852")]  // 17 characters
    [InlineData("91330100716105852FF")] // 19 characters
    [InlineData("9133010071610585IF")] // I is not in the alphabet
    [InlineData("91330100716105852f")] // lowercase is not the canonical form
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_BadCodes_False(string? code) => Assert.False(CreditCode.IsValid(code));

    [Fact]
    public void CheckCharacter_FirstSeventeen_MatchesPublishedCheck() =>
        Assert.Equal('F', CreditCode.CheckCharacter("91330100716105852"));
}
