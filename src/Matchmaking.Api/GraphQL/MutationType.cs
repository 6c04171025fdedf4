using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Ledger;

namespace Matchmaking.Api.GraphQL;

/// <summary>All writes. Each returns an XxxPayload with userErrors; access failures are top-level errors.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Writes: listings (owners), the broker workflow (brokers), feedback, saved searches, reindex (admins).";
        ListingMutationFields.Add(this);
        MatchMutationFields.Add(this);
        ConflictMutationFields.Add(this);
        MatchOwnershipFields.Add(this);
        Users.ProfileClaimFields.AddMutations(this);
        LedgerFields.AddMutationFields(this);
        Notifications.NotificationFields.AddMutationFields(this);
        Cluster.RankerFields.AddMutation(this);
    }
}
