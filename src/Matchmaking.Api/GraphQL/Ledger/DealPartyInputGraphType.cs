using GraphQL.Types;
using Matchmaking.Core.Ledger;

namespace Matchmaking.Api.GraphQL.Ledger;

public sealed class DealPartyInputGraphType : InputObjectGraphType<PartySpec>
{
    public DealPartyInputGraphType()
    {
        Name = "DealPartyInput";
        Description = "A party the broker names on a deal (交易方): a user (subject) or an institution record; it replaces the match's derived parties for its role.";
        Field<NonNullGraphType<PartyRoleGraphType>>("role").Description("The role the party is paid under.");
        Field<StringGraphType>("subject").Description("The user (JWT subject) paid; must be a user of the platform (UNKNOWN_USER otherwise).");
        Field<IdGraphType>("institutionId").Description("The institution record (机构) paid, by its global id.");
        Field<IntGraphType>("subShareBasisPoints").Description("This payee's part of its role's share, in basis points; several payees of one role must sum to 10000 (e.g. three inventors 5000/3000/2000).");
        Field<StringGraphType>("name").Description("The party's name as the contract gives it; defaults to the user's or institution's name.");
        Field<StringGraphType>("reference").Description("Free-text payee key, for parties that are neither a user nor an institution record.").DeprecationReason("Name a user (subject) or an institution (institutionId): parties are real users or records.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        Guid? institution = value.TryGetValue("institutionId", out var i) && i is string id ? GlobalId.Decode(id, nameof(Core.Domain.Institution)) : null;
        return new PartySpec(
            (Core.Domain.PartyRole)value["role"]!,
            value.TryGetValue("name", out var n) ? n as string ?? "" : "",
            value.TryGetValue("reference", out var r) ? r as string : null,
            value.TryGetValue("subject", out var s) ? s as string : null,
            institution,
            value.TryGetValue("subShareBasisPoints", out var b) ? b as int? : null);
    }
}
