using Matchmaking.Core.Domain;

namespace Matchmaking.Core.Tests.Domain;

public sealed class ListingValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    public static TheoryData<string, Action<Demand>, string, string> BadDemands => new()
    {
        { "missing title", d => d.Title = "  ", "title", ErrorCodes.Required },
        { "1 MB title", d => d.Title = new string('锂', 1_000_000), "title", ErrorCodes.TooLong },
        { "TRL 12", d => d.RequiredTrl = 12, "requiredTrl", ErrorCodes.TrlOutOfRange },
        { "TRL 0", d => d.RequiredTrl = 0, "requiredTrl", ErrorCodes.TrlOutOfRange },
        { "min > max", d => { d.BudgetMin = 500_000m; d.BudgetMax = 100_000m; }, "budget", ErrorCodes.BudgetRangeInvalid },
        { "negative budget", d => d.BudgetMin = -1m, "budgetMin", ErrorCodes.NegativeAmount },
        { "past deadline", d => d.Deadline = Today.AddDays(-1), "deadline", ErrorCodes.DeadlinePassed },
        { "unknown industry", d => d.Industry = (Industry)99, "industry", ErrorCodes.InvalidEnum },
        { "unknown cooperation mode", d => d.CooperationModes = (CooperationModes)64, "cooperationModes", ErrorCodes.InvalidEnum },
        { "too many keywords", d => d.Keywords = Enumerable.Range(0, 31).Select(i => $"k{i}").ToList(), "keywords", ErrorCodes.TooMany },
        { "NUL in the title", d => d.Title = "锂电池\0检测", "title", ErrorCodes.InvalidCharacters },
        { "lone high surrogate in the description", d => d.Description = "极片\uD800缺陷", "description", ErrorCodes.InvalidCharacters },
        { "lone low surrogate at the end of a keyword", d => d.Keywords = ["视觉\uDC00"], "keywords", ErrorCodes.InvalidCharacters },
        { "NUL in the contact's phone", d => d.Contact = new() { Phone = "0551\0" }, "contact.phone", ErrorCodes.InvalidCharacters },
        { "41-character phone", d => d.Contact = new() { Phone = new string('1', 41) }, "contact.phone", ErrorCodes.TooLong },
    };

    [Theory]
    [InlineData("锂电池缺陷检测")]
    [InlineData("emoji 🔋 is a valid surrogate pair")]
    [InlineData("𠀀 (U+20000, CJK Extension B)")]
    public void Validate_TitleWithValidUnicode_DoesNotThrow(string title)
    {
        var demand = ValidDemand();
        demand.Title = title;

        ListingValidator.Validate(demand, Today);
    }

    [Theory]
    [MemberData(nameof(BadDemands))]
    public void Validate_BadDemand_ThrowsWithFieldAndCode(string why, Action<Demand> spoil, string field, string code)
    {
        var demand = ValidDemand();
        spoil(demand);

        var error = Assert.Throws<ValidationException>(() => ListingValidator.Validate(demand, Today));

        Assert.True(error.Errors.Any(e => e.Field == field && e.Code == code), $"{why}: got {error.Message}");
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Validate_GoodDemand_DoesNotThrow() => ListingValidator.Validate(ValidDemand(), Today);

    [Fact]
    public void Validate_SeveralProblems_ReportsAll()
    {
        var demand = ValidDemand();
        demand.Title = "";
        demand.RequiredTrl = 10;

        var error = Assert.Throws<ValidationException>(() => ListingValidator.Validate(demand, Today));

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(ErrorCodes.Validation, error.Code);
    }

    [Fact]
    public void Validate_EnterpriseWithWrongCheckCharacter_CreditCodeInvalid()
    {
        var enterprise = new Enterprise { Name = "合肥某某科技有限公司", CreditCode = "91330100716105852E" };

        var error = Assert.Throws<ValidationException>(() => ListingValidator.Validate(enterprise));

        Assert.Equal(ErrorCodes.CreditCodeInvalid, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Validate_AchievementTrlOutOfRange_Throws(int trl)
    {
        var achievement = new Achievement { Title = "SiC MOSFET 模块封装", Abstract = "低热阻封装工艺。", Trl = trl };

        var error = Assert.Throws<ValidationException>(() => ListingValidator.Validate(achievement));

        Assert.Equal(ErrorCodes.TrlOutOfRange, error.Code);
    }

    internal static Demand ValidDemand() => new()
    {
        Title = "锂电池极片表面缺陷在线检测",
        Description = "现有人工目检漏检率高，希望实现检出率 ≥ 98%、精度 ≤ 0.02 mm 的在线视觉检测。",
        Keywords = ["锂电池", "缺陷检测", "机器视觉"],
        Industry = Industry.NewEnergyVehicles,
        Region = "合肥",
        BudgetMin = 100_000m,
        BudgetMax = 500_000m,
        RequiredTrl = 6,
        Deadline = Today.AddDays(90),
        CooperationModes = CooperationModes.JointDevelopment,
        EnterpriseId = Guid.NewGuid(),
    };
}
