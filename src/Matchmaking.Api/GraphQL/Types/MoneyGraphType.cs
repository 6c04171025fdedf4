using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Matchmaking.Api.GraphQL.Types;

/// <summary>Money as a decimal string, e.g. "100000.00": exact, unlike a JSON number. The currency is a sibling field.</summary>
public sealed class MoneyGraphType : ScalarGraphType
{
    public MoneyGraphType()
    {
        Name = "Money";
        Description = "An exact decimal amount as a string with two decimals, e.g. \"100000.00\" (金额). Input also accepts an integer.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        int i => (decimal)i,
        long l => (decimal)l,
        decimal d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLIntValue i => decimal.Parse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => ThrowLiteralConversionError(value),
    };

    private static decimal Parse(string s) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) && decimal.Round(d, 2) == d
            ? d
            : throw new FormatException($"'{s}' is not an amount with at most two decimals.");
}
