using System.Text;
using Matchmaking.Api.Cli;
using Matchmaking.Api.Cli.Probe;

namespace Matchmaking.Api.Tests.Probe;

/// <summary>How the probe judges answers: codes anywhere in the answer, statuses, races, INTERNAL and hangs.</summary>
public sealed class ProbeJudgeTests
{
    [Theory]
    [InlineData("""{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}""", 200, "Clear")]
    [InlineData("""{"data":{"postDemand":{"demand":null,"userErrors":[{"field":"title","code":"TOO_LONG"}]}}}""", 200, "Other")]
    [InlineData("""{"data":{"x":{"y":[{"userErrors":[{"code":"BAD_USER_INPUT"}]}]}}}""", 200, "Clear")]
    [InlineData("""{"data":{"search":{"totalCount":0}}}""", 200, "Other")]
    [InlineData("""{"errors":[{"message":"x","extensions":{"code":"INTERNAL"}}]}""", 200, "Internal")]
    [InlineData("<html>oops</html>", 500, "Internal")]
    public void Judge_OneAnswer_ByCodeAnywhere(string body, int status, string outcome)
    {
        var answer = ProbeAnswer.FromBody(status, Encoding.UTF8.GetBytes(body));

        Assert.Equal(Enum.Parse<ProbeOutcome>(outcome), ProbeRunner.Judge(Expect.Code("BAD_USER_INPUT"), [answer]));
    }

    [Fact]
    public void Judge_StatusAndSuccessExpectations()
    {
        var ok = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes("""{"data":{"viewer":{"subject":null}}}"""));
        var tooLarge = ProbeAnswer.FromBody(413, Encoding.UTF8.GetBytes("""{"errors":[{"message":"x","extensions":{"code":"REQUEST_TOO_LARGE"}}]}"""));
        var page = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes("<!doctype html>"));

        Assert.Equal(ProbeOutcome.Clear, ProbeRunner.Judge(Expect.Ok(), [ok]));
        Assert.Equal(ProbeOutcome.Other, ProbeRunner.Judge(Expect.Ok(), [tooLarge]));
        Assert.Equal(ProbeOutcome.Clear, ProbeRunner.Judge(Expect.Http(413, "REQUEST_TOO_LARGE"), [tooLarge]));
        Assert.Equal(ProbeOutcome.Other, ProbeRunner.Judge(Expect.Http(400, "REQUEST_TOO_LARGE"), [tooLarge]));
        Assert.Equal(ProbeOutcome.Clear, ProbeRunner.Judge(Expect.Http(200), [page]));
        Assert.Equal(ProbeOutcome.Clear, ProbeRunner.Judge(Expect.OkOr("REQUEST_TOO_LARGE"), [tooLarge]));
    }

    [Theory]
    [InlineData("""{"data":{"recordPayment":{"payment":null,"userErrors":[{"field":"amount.amount","code":"NEGATIVE_AMOUNT"}]}}}""", "Clear")]
    [InlineData("""{"data":{"recordPayment":{"payment":null,"userErrors":[{"field":"amount","code":"NEGATIVE_AMOUNT"}]}}}""", "Other")]
    [InlineData("""{"data":{"recordPayment":{"payment":null,"userErrors":[{"field":null,"code":"NEGATIVE_AMOUNT"}]}}}""", "Other")]
    [InlineData("""{"errors":[{"message":"x","extensions":{"code":"NEGATIVE_AMOUNT"}}]}""", "Other")]
    public void Judge_FieldExpected_OnlyAUserErrorAtThatPath(string body, string outcome)
    {
        var answer = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes(body));

        Assert.Equal(Enum.Parse<ProbeOutcome>(outcome), ProbeRunner.Judge(Expect.At("amount.amount", "NEGATIVE_AMOUNT"), [answer]));
    }

    [Theory]
    [InlineData("""{"data":{"demand":{"contact":null,"contactVisibility":{"visible":false,"reason":"NOT_A_PARTY"}}}}""", "Clear")]
    [InlineData("""{"data":{"demand":{"contact":{"phone":"1"},"contactVisibility":{"visible":false,"reason":"NOT_A_PARTY"}}}}""", "Other")]
    [InlineData("""{"data":{"demand":null}}""", "Other")]
    [InlineData("""{"errors":[{"message":"x","extensions":{"code":"FORBIDDEN"}}]}""", "Other")]
    public void Judge_DataCheck_HoldsOnCleanDataOnly(string body, string outcome)
    {
        var answer = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes(body));
        var hidden = Expect.OkWhere("contact null", d => d.GetProperty("demand") is { ValueKind: System.Text.Json.JsonValueKind.Object } demand
            && demand.GetProperty("contact").ValueKind == System.Text.Json.JsonValueKind.Null);

        Assert.Equal(Enum.Parse<ProbeOutcome>(outcome), ProbeRunner.Judge(hidden, [answer]));
    }

    [Fact]
    public void Judge_Race_OneWinnerRestExpected()
    {
        var win = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes("""{"data":{"createDeal":{"deal":{"id":"d"},"userErrors":[]}}}"""));
        var duplicate = ProbeAnswer.FromBody(200, Encoding.UTF8.GetBytes("""{"data":{"createDeal":{"deal":null,"userErrors":[{"code":"DUPLICATE"}]}}}"""));
        var expect = Expect.Code("DUPLICATE");

        Assert.Equal(ProbeOutcome.Clear, ProbeRunner.Judge(expect, [win, duplicate, duplicate]));
        Assert.Equal(ProbeOutcome.Other, ProbeRunner.Judge(expect, [win, win, duplicate]));
        Assert.Equal(ProbeOutcome.Hang, ProbeRunner.Judge(expect, [win, new ProbeAnswer(0, [], "timeout")]));
        Assert.Equal(ProbeOutcome.Internal, ProbeRunner.Judge(expect, [win, new ProbeAnswer(0, [], "transport: connection reset")]));
    }

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("500ms", 500)]
    [InlineData("10m", 600_000)]
    [InlineData("1.5h", 5_400_000)]
    [InlineData("00:00:30", 30_000)]
    public void Duration_Parse_CommandLineForms(string text, double milliseconds)
    {
        Assert.Equal(milliseconds, Duration.Parse(text).TotalMilliseconds);
    }

    [Fact]
    public void Duration_Parse_Nonsense_FormatException()
    {
        Assert.Throws<FormatException>(() => Duration.Parse("soon"));
    }
}
