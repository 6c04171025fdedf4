using Matchmaking.Api.GraphQL.Inputs;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Fields;

/// <summary>Copies input fields onto listings; a field absent from the input leaves the listing's value alone.</summary>
internal static class ListingInputs
{
    public static void Apply(Demand d, InputReader i)
    {
        if (i.Has("title")) d.Title = i.Required("title");
        if (i.Has("description")) d.Description = i.Required("description");
        if (i.Has("keywords")) d.Keywords = i.Strings("keywords");
        if (i.Has("industry")) d.Industry = i.Value<Industry>("industry") ?? Industry.Other;
        if (i.Has("region")) d.Region = i.String("region") ?? "";
        if (i.Has("budgetMin")) d.BudgetMin = i.Amount("budgetMin");
        if (i.Has("budgetMax")) d.BudgetMax = i.Amount("budgetMax");
        if (i.Has("deadline")) d.Deadline = i.Value<DateOnly>("deadline");
        if (i.Has("requiredTrl")) d.RequiredTrl = i.Value<int>("requiredTrl");
        if (i.Has("cooperationModes")) d.CooperationModes = i.Modes("cooperationModes") ?? CooperationModes.None;
        if (i.Has("contact")) d.Contact = i.Contact("contact");
    }

    public static void Apply(Achievement a, InputReader i)
    {
        if (i.Has("title")) a.Title = i.Required("title");
        if (i.Has("abstract")) a.Abstract = i.Required("abstract");
        if (i.Has("keywords")) a.Keywords = i.Strings("keywords");
        if (i.Has("discipline")) a.Discipline = i.String("discipline") ?? "";
        if (i.Has("industry")) a.Industry = i.Value<Industry>("industry") ?? Industry.Other;
        if (i.Has("region")) a.Region = i.String("region") ?? "";
        if (i.Value<int>("trl") is { } trl) a.Trl = trl;
        if (i.Has("ipForm")) a.IpForm = i.Value<IpForm>("ipForm") ?? IpForm.KnowHow;
        if (i.Has("ipNumber")) a.IpNumber = i.String("ipNumber");
        if (i.Has("cooperationModes")) a.CooperationModes = i.Modes("cooperationModes") ?? CooperationModes.None;
        if (i.Has("askingPrice")) a.AskingPrice = i.Amount("askingPrice");
        if (i.Has("status")) a.Status = i.Value<AchievementStatus>("status") ?? a.Status;
        if (i.Has("teamExpertIds")) a.TeamExpertIds = TeamIds(i);
    }

    public static Expert Expert(InputReader i, Expert? existing) => new()
    {
        Id = existing?.Id ?? Guid.Empty,
        Name = i.Required("name"),
        Title = i.String("title") ?? "",
        ResearchFields = i.Strings("researchFields"),
        Keywords = i.Strings("keywords"),
        Bio = i.String("bio") ?? "",
        Discipline = i.String("discipline") ?? "",
        Industry = i.Value<Industry>("industry") ?? Industry.Other,
        Region = i.String("region") ?? "",
        OpenToProjects = i.Value<bool>("openToProjects") ?? true,
        Capacity = i.Value<int>("capacity"),
        Contact = i.Contact("contact"),
        InstitutionId = existing?.InstitutionId,
        OwnerSubject = existing?.OwnerSubject,
        CreatedAt = existing?.CreatedAt ?? default,
    };

    public static Enterprise Enterprise(InputReader i, string owner) => new()
    {
        Name = i.Required("name"),
        CreditCode = i.Required("creditCode"),
        Industry = i.Value<Industry>("industry") ?? Industry.Other,
        Region = i.String("region") ?? "",
        Size = i.Value<EnterpriseSize>("size") ?? EnterpriseSize.Small,
        Description = i.String("description") ?? "",
        Contact = i.Contact("contact"),
        OwnerSubject = owner,
    };

    private static List<Guid> TeamIds(InputReader i)
    {
        var ids = i.Strings("teamExpertIds");
        var decoded = new List<Guid>(ids.Count);
        for (int n = 0; n < ids.Count; n++)
        {
            try
            {
                decoded.Add(GlobalId.Decode(ids[n], nameof(Expert)));
            }
            catch (DomainException e)
            {
                throw new DomainException(e.Code, e.Message, i.PathOf($"teamExpertIds.{n}"));
            }
        }

        return decoded;
    }
}
