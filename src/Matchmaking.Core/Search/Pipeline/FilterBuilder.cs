using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Analysis;

namespace Matchmaking.Core.Search.Pipeline;

/// <summary>Turns a request's kinds, filters and exclusions into a Lucene filter (no scoring).</summary>
public static class FilterBuilder
{
    /// <summary>The filter query, or null when the request filters nothing.</summary>
    public static Query? Build(SearchRequest request)
    {
        var filter = new BooleanQuery();
        var f = request.Filter;
        AnyOf(filter, FieldNames.Kind, request.Kinds.Select(k => k.ToString()));
        AnyOf(filter, FieldNames.Industry, f.Industries.Select(i => i.ToString()));
        // Normalised as the index is (合肥 = 合肥市 = 安徽省合肥市); a province matches its cities.
        AnyOf(filter, FieldNames.Region, f.Regions.Select(RegionHierarchy.Full).Where(r => r.Length > 0));
        AnyOf(filter, FieldNames.Discipline, f.Disciplines);
        AnyOf(filter, FieldNames.Status, f.Statuses);
        AnyOf(filter, FieldNames.Cooperation, Enum.GetValues<CooperationModes>()
            .Where(m => m != CooperationModes.None && f.CooperationModes.HasFlag(m)).Select(m => m.ToString()));
        if (f.TrlMin is not null || f.TrlMax is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(FieldNames.Trl, f.TrlMin, f.TrlMax, true, true), Occur.MUST);
        }

        if (f.BudgetMin is { } min)
        {
            // Overlap of ranges: the listing's high end reaches the wanted minimum …
            filter.Add(NumericRangeQuery.NewInt64Range(FieldNames.PriceHigh, (long)decimal.Floor(min), null, true, true), Occur.MUST);
        }

        if (f.BudgetMax is { } max)
        {
            // … and its low end does not exceed the wanted maximum.
            filter.Add(NumericRangeQuery.NewInt64Range(FieldNames.PriceLow, null, (long)decimal.Ceiling(max), true, true), Occur.MUST);
        }

        if (f.DeadlineFrom is { } from)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(FieldNames.Deadline, null, from.DayNumber - 1, true, true), Occur.MUST_NOT);
        }

        bool demandsWanted = request.Kinds.Count == 0 || request.Kinds.Contains(ListingKind.Demand);
        if (request.Today is { } today && demandsWanted)
        {
            // Expired demands are left out of every search: only demands carry a deadline.
            filter.Add(NumericRangeQuery.NewInt32Range(FieldNames.Deadline, null, today.DayNumber - 1, true, true), Occur.MUST_NOT);
        }

        if (request.Only is { } only)
        {
            // A terms filter, not a Boolean query: a digest window holds more ids than Boolean's clause limit.
            Query allowed = only.Count == 0
                ? new BooleanQuery() // matches nothing
                : new ConstantScoreQuery(new TermsFilter(only.Select(id => new Term(FieldNames.Id, id.ToString("D"))).ToList()));
            filter.Add(allowed, Occur.MUST);
        }

        foreach (Guid id in request.Exclude)
        {
            filter.Add(new TermQuery(new Term(FieldNames.Id, id.ToString("D"))), Occur.MUST_NOT);
        }

        if (filter.Clauses.Count == 0)
        {
            return null;
        }

        if (filter.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            // A Boolean query of only exclusions matches nothing: give it everything to exclude from.
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return filter;
    }

    private static void AnyOf(BooleanQuery into, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (string value in values.Distinct())
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            into.Add(any, Occur.MUST);
        }
    }
}
