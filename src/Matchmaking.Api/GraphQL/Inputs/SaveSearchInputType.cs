using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class SaveSearchInputType : InputObjectGraphType
{
    public SaveSearchInputType()
    {
        Name = "SaveSearchInput";
        Description = "Keep a search to run again and to get digests of new demands.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<ListGraphType<NonNullGraphType<ListingKindType>>>("kinds");
        Field<IndustryType>("industry");
    }
}
