using GraphQL.Types;
using Matchmaking.Api.GraphQL.Fields;

namespace Matchmaking.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads: search and browse listings (anyone), matches (signed in), viewer.";

        Search.SearchQueryFields.Add(this);
        ListingQueryFields.Add(this);
        MatchQueryFields.Add(this);
        Users.ProfileClaimFields.AddQuery(this);
        Ledger.LedgerFields.AddQueryFields(this);
        Cluster.ClusterQueryFields.Add(this);
        Ai.AiFields.AddQueryFields(this);
        Insights.AnalyticsQueryFields.Add(this);
        Duplicates.DuplicateQueryFields.Add(this);
    }
}
