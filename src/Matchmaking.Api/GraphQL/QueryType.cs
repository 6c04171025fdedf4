using GraphQL;
using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search;
using Matchmaking.Core.Search.Pipeline;
using Microsoft.Extensions.Options;

namespace Matchmaking.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads: search and browse listings (anyone), matches (signed in), viewer.";

        Field<NonNullGraphType<SearchResultType>>("search")
            .Description("Free-text search over achievements (科技成果). Chinese and English; the text is analysed, never parsed as query syntax.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. 锂电池 极片 缺陷检测.")
            .Argument<IntGraphType>("first", "How many hits to return (1–100, default 10).")
            .ResolveAsync(async ctx =>
            {
                var options = ctx.RequestServices!.GetRequiredService<IOptions<SearchOptions>>().Value;
                int first = ctx.GetArgument("first", 10);
                if (first < 1 || first > options.MaxPageSize)
                {
                    throw new DomainException(ErrorCodes.BadUserInput, $"first must be between 1 and {options.MaxPageSize}.");
                }

                var pipeline = ctx.RequestServices!.GetRequiredService<SearchPipeline>();
                var request = new SearchRequest(ctx.GetArgument<string>("text"), [ListingKind.Achievement], first);
                return await pipeline.RunAsync(request, ctx.CancellationToken);
            });

        ListingQueryFields.Add(this);
        MatchQueryFields.Add(this);
        Ledger.LedgerFields.AddQueryFields(this);
    }
}
