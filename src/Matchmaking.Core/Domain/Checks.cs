namespace Matchmaking.Core.Domain;

/// <summary>Collects validation problems so a caller sees all of them at once.</summary>
internal sealed class Checks
{
    private readonly List<ValidationError> errors = [];

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, ErrorCodes.Required, $"{field} is required."));
            }

            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(new(field, ErrorCodes.TooLong, $"{field} is {value.Length} characters; at most {maxLength} are allowed."));
        }

        Characters(field, value);
    }

    public void List(string field, IReadOnlyCollection<string> values, int maxCount, int maxLength)
    {
        if (values.Count > maxCount)
        {
            errors.Add(new(field, ErrorCodes.TooMany, $"{field} has {values.Count} entries; at most {maxCount} are allowed."));
        }

        if (values.Any(v => v.Length > maxLength))
        {
            errors.Add(new(field, ErrorCodes.TooLong, $"each entry of {field} may have at most {maxLength} characters."));
        }

        foreach (string value in values)
        {
            if (Characters(field, value))
            {
                break;
            }
        }
    }

    /// <summary>Contact details are stored too: the same text rules, all optional.</summary>
    public void Contact(string field, ContactInfo? contact)
    {
        Text($"{field}.person", contact?.Person, ListingLimits.Name, required: false);
        Text($"{field}.phone", contact?.Phone, ListingLimits.Phone, required: false);
        Text($"{field}.email", contact?.Email, ListingLimits.Short, required: false);
    }

    /// <summary>See <see cref="UnicodeText"/>.</summary>
    /// <returns>True when a problem was added.</returns>
    private bool Characters(string field, string value)
    {
        if (UnicodeText.Problem(value) is not { } problem)
        {
            return false;
        }

        errors.Add(new(field, ErrorCodes.InvalidCharacters, $"{field} contains {problem}; send valid Unicode text."));
        return true;
    }

    public void Trl(string field, int? trl)
    {
        if (trl is { } value && (value < 1 || value > 9))
        {
            errors.Add(new(field, ErrorCodes.TrlOutOfRange, $"TRL must be between 1 and 9; got {value}."));
        }
    }

    public void Money(string field, decimal? amount)
    {
        if (amount is < 0)
        {
            errors.Add(new(field, ErrorCodes.NegativeAmount, $"{field} must not be negative."));
        }
        else if (amount > ListingLimits.MaxMoney)
        {
            errors.Add(new(field, ErrorCodes.BudgetRangeInvalid, $"{field} exceeds {ListingLimits.MaxMoney}."));
        }
    }

    public void Range(string field, decimal? min, decimal? max)
    {
        if (min is { } lo && max is { } hi && lo > hi)
        {
            errors.Add(new(field, ErrorCodes.BudgetRangeInvalid, $"minimum {lo} is greater than maximum {hi}."));
        }
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(field, ErrorCodes.InvalidEnum, $"{value} is not a valid {typeof(TEnum).Name}."));
        }
    }

    public void Flags(string field, CooperationModes value)
    {
        const CooperationModes all = CooperationModes.Transfer | CooperationModes.License
            | CooperationModes.JointDevelopment | CooperationModes.Consulting;
        if ((value & ~all) != 0)
        {
            errors.Add(new(field, ErrorCodes.InvalidEnum, $"{(int)value} is not a valid set of cooperation modes."));
        }
    }

    public void Add(string field, string code, string message) => errors.Add(new(field, code, message));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
