using GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Users;

/// <summary>How the profile claims list is sorted.</summary>
public enum ProfileClaimOrder
{
    CreatedAtAsc,
}

public sealed class ProfileClaimOrderGraphType : EnumerationGraphType<ProfileClaimOrder>
{
    public ProfileClaimOrderGraphType()
    {
        Name = "ProfileClaimOrder";
        Description = "Sort order of the profile claims list.";
        Values["CREATED_AT_ASC"]!.Description = "Oldest first (the review queue's order).";
    }
}
