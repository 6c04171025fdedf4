using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;

namespace Matchmaking.Api.GraphQL.Inputs;

public sealed class SaveSearchInputType : InputObjectGraphType
{
    public SaveSearchInputType()
    {
        Name = "SaveSearchInput";
        Description = "Keep a search to run again and to get digests of new demands.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Your name for the search.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The search text.");
        Field<ListGraphType<NonNullGraphType<ListingKindType>>>("kinds").Description("Which kinds of listing to search.");
        Field<IndustryType>("industry").Description("Narrow it to one industry.");
    }
}
