using System.Globalization;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Inputs;

/// <summary>
/// Reads a parsed input object. Distinguishes an absent field (leave unchanged) from an explicit null
/// (clear it), which update mutations need. Knows its path inside the mutation's input, so that a
/// problem with a nested field names it whole (e.g. "budgetMin.amount").
/// </summary>
public sealed class InputReader(IDictionary<string, object?>? values, string path = "")
{
    public bool Has(string name) => values?.ContainsKey(name) == true;

    public T? Get<T>(string name) => values is not null && values.TryGetValue(name, out var v) && v is not null ? (T)v : default;

    public T? Value<T>(string name)
        where T : struct => values is not null && values.TryGetValue(name, out var v) && v is not null ? (T)v : null;

    public string? String(string name) => Get<string>(name);

    public string Required(string name) => Get<string>(name) ?? "";

    public List<string> Strings(string name) =>
        values is not null && values.TryGetValue(name, out var v) && v is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    /// <summary>A list of CooperationMode values folded into the flags enum.</summary>
    public CooperationModes? Modes(string name) =>
        values is not null && values.TryGetValue(name, out var v) && v is IEnumerable<object?> list
            ? list.OfType<CooperationModes>().Aggregate(CooperationModes.None, (all, m) => all | m)
            : null;

    public InputReader Nested(string name) => new(Get<IDictionary<string, object?>>(name), PathOf(name));

    /// <summary>The dotted path of a field of this input, as userErrors name it.</summary>
    public string PathOf(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public ContactInfo Contact(string name)
    {
        var c = Nested(name);
        return new ContactInfo { Person = c.String("person"), Phone = c.String("phone"), Email = c.String("email") };
    }

    /// <summary>A global id of the given kind, or null when absent; INVALID_ID names the field.</summary>
    public Guid? Id(string name, string kind)
    {
        if (String(name) is not { } id)
        {
            return null;
        }

        try
        {
            return GlobalId.Decode(id, kind);
        }
        catch (DomainException e)
        {
            throw new DomainException(e.Code, e.Message, PathOf(name));
        }
    }

    /// <summary>A required global id of the given kind; an absent or bad one is INVALID_ID on the field.</summary>
    public Guid RequiredId(string name, string kind) =>
        Id(name, kind) ?? throw new DomainException(ErrorCodes.InvalidId, $"{name} is required.", PathOf(name));

    /// <summary>A global id of any kind (a candidate: Achievement or Expert), with the field named on failure.</summary>
    public (string Kind, Guid Id) AnyId(string name)
    {
        try
        {
            return GlobalId.Decode(String(name));
        }
        catch (DomainException e)
        {
            throw new DomainException(e.Code, e.Message, PathOf(name));
        }
    }

    /// <summary>A MoneyInput: null when absent or null; BAD_USER_INPUT / NEGATIVE_AMOUNT / CURRENCY_UNSUPPORTED name the field.</summary>
    public decimal? Amount(string name, string? currency = Money.Cny)
    {
        var money = Nested(name);
        if (!Has(name) || Get<object>(name) is null)
        {
            return null;
        }

        string text = money.Required("amount");
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal amount) || decimal.Round(amount, 2) != amount)
        {
            throw new ValidationException([new ValidationError(money.PathOf("amount"), ErrorCodes.BadUserInput, $"'{Clip(text)}' is not an amount with at most two decimals, such as 1000.00.")]);
        }

        if (amount < 0)
        {
            throw new ValidationException([new ValidationError(money.PathOf("amount"), ErrorCodes.NegativeAmount, "an amount cannot be negative.")]);
        }

        if (currency is not null && (money.String("currency") ?? Money.Cny) != currency)
        {
            throw new ValidationException([new ValidationError(money.PathOf("currency"), ErrorCodes.CurrencyUnsupported, $"only {currency} is accepted here.")]);
        }

        return amount;
    }

    /// <summary>The currency of a MoneyInput (CNY when omitted).</summary>
    public string Currency(string name) => Nested(name).String("currency") ?? Money.Cny;

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
