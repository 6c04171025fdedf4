using GraphQL.Types;
using Matchmaking.Core.Domain;

namespace Matchmaking.Api.GraphQL.Types;

public sealed class SavedSearchType : ObjectGraphType<SavedSearch>
{
    public SavedSearchType()
    {
        Name = "SavedSearch";
        Description = "A search kept by its owner (保存的检索); digests of new matching demands are built from it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is SavedSearch;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(nameof(SavedSearch), ctx.Source.Id));
        Field(x => x.Name).Description("The owner's name for it.");
        Field(x => x.Text).Description("The search text.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListingKindType>>>>("kinds").Description("Which kinds of listing it searches.").Resolve(ctx => ctx.Source.Kinds.Select(Enum.Parse<ListingKind>).Cast<object>());
        Field<IndustryType>("industry").Description("The industry it is narrowed to, if any.").Resolve(ctx => ctx.Source.Industry);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was saved (UTC).").Resolve(ctx => ctx.Source.CreatedAt);
        Notifications.SavedSearchRunField.Add(this);
    }
}
