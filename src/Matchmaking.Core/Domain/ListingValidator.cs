namespace Matchmaking.Core.Domain;

/// <summary>Validates listings before they are stored. Throws <see cref="ValidationException"/> with every problem found.</summary>
public static class ListingValidator
{
    /// <param name="today">Today in the platform's time zone; a new deadline may not lie before it.</param>
    /// <param name="checkDeadline">False when an update leaves an existing deadline unchanged.</param>
    public static void Validate(Demand demand, DateOnly today, bool checkDeadline = true)
    {
        var checks = new Checks();
        checks.Text("title", demand.Title, ListingLimits.Title);
        checks.Text("description", demand.Description, ListingLimits.Body);
        checks.List("keywords", demand.Keywords, ListingLimits.Keywords, ListingLimits.Keyword);
        checks.Text("region", demand.Region, ListingLimits.Short, required: false);
        checks.Defined("industry", demand.Industry);
        checks.Defined("status", demand.Status);
        checks.Flags("cooperationModes", demand.CooperationModes);
        checks.Trl("requiredTrl", demand.RequiredTrl);
        checks.Contact("contact", demand.Contact);
        checks.Money("budgetMin", demand.BudgetMin);
        checks.Money("budgetMax", demand.BudgetMax);
        checks.Range("budget", demand.BudgetMin, demand.BudgetMax);
        if (checkDeadline && demand.Deadline is { } deadline && deadline < today)
        {
            checks.Add("deadline", ErrorCodes.DeadlinePassed, $"deadline {deadline:yyyy-MM-dd} is before today {today:yyyy-MM-dd}.");
        }

        if (demand.EnterpriseId == Guid.Empty)
        {
            checks.Add("enterpriseId", ErrorCodes.Required, "enterpriseId is required.");
        }

        checks.ThrowIfAny();
    }

    public static void Validate(Achievement achievement)
    {
        var checks = new Checks();
        checks.Text("title", achievement.Title, ListingLimits.Title);
        checks.Text("abstract", achievement.Abstract, ListingLimits.Body);
        checks.List("keywords", achievement.Keywords, ListingLimits.Keywords, ListingLimits.Keyword);
        checks.Text("discipline", achievement.Discipline, ListingLimits.Short, required: false);
        checks.Text("ipNumber", achievement.IpNumber, ListingLimits.Short, required: false);
        checks.Text("region", achievement.Region, ListingLimits.Short, required: false);
        checks.Defined("industry", achievement.Industry);
        checks.Defined("ipForm", achievement.IpForm);
        checks.Defined("status", achievement.Status);
        checks.Flags("cooperationModes", achievement.CooperationModes);
        if (achievement.Trl is < 1 or > 9)
        {
            checks.Trl("trl", achievement.Trl);
        }

        checks.Money("askingPrice", achievement.AskingPrice);
        checks.ThrowIfAny();
    }

    public static void Validate(Expert expert)
    {
        var checks = new Checks();
        checks.Text("name", expert.Name, ListingLimits.Name);
        checks.Text("title", expert.Title, ListingLimits.Short, required: false);
        checks.Text("bio", expert.Bio, ListingLimits.Body, required: false);
        checks.Text("discipline", expert.Discipline, ListingLimits.Short, required: false);
        checks.Text("region", expert.Region, ListingLimits.Short, required: false);
        checks.List("researchFields", expert.ResearchFields, ListingLimits.Keywords, ListingLimits.Keyword);
        checks.List("keywords", expert.Keywords, ListingLimits.Keywords, ListingLimits.Keyword);
        checks.Defined("industry", expert.Industry);
        checks.Contact("contact", expert.Contact);
        if (expert.Capacity is { } capacity && (capacity < 0 || capacity > ListingLimits.MaxCapacity))
        {
            checks.Add("capacity", ErrorCodes.CapacityOutOfRange, $"capacity must be between 0 and {ListingLimits.MaxCapacity} active matches; got {capacity}.");
        }

        checks.ThrowIfAny();
    }

    public static void Validate(Enterprise enterprise)
    {
        var checks = new Checks();
        checks.Text("name", enterprise.Name, ListingLimits.Name);
        checks.Text("description", enterprise.Description, ListingLimits.Body, required: false);
        checks.Text("region", enterprise.Region, ListingLimits.Short, required: false);
        checks.Defined("industry", enterprise.Industry);
        checks.Defined("size", enterprise.Size);
        checks.Contact("contact", enterprise.Contact);
        if (string.IsNullOrWhiteSpace(enterprise.CreditCode))
        {
            checks.Add("creditCode", ErrorCodes.Required, "creditCode is required.");
        }
        else if (!CreditCode.IsValid(enterprise.CreditCode))
        {
            checks.Add("creditCode", ErrorCodes.CreditCodeInvalid,
                "creditCode must be 18 characters of GB 32100-2015 with a correct check character.");
        }

        checks.ThrowIfAny();
    }
}
