using GraphQL.Types;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

public sealed class HighlightType : ObjectGraphType<Highlight>
{
    public HighlightType()
    {
        Name = "Highlight";
        Description = "A passage of the listing with the matched text marked.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("text: the listing's title, keywords and body as one passage source.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("HTML-escaped text with matches wrapped in <em>…</em>.").Resolve(ctx => ctx.Source.Snippet);
    }
}
