using GraphQL.Types;
using Matchmaking.Api.GraphQL.Types;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Search.Pipeline;

namespace Matchmaking.Api.GraphQL.Search;

/// <summary>A facet as the API shows it: values spelled as the filter takes them, each with a Chinese label.</summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values, bool Exact = true)
{
    private static readonly Dictionary<string, string> KindLabels = new()
    {
        [nameof(ListingKind.Demand)] = "技术需求",
        [nameof(ListingKind.Achievement)] = "科技成果",
        [nameof(ListingKind.Expert)] = "专家",
        [nameof(ListingKind.Enterprise)] = "企业",
    };

    /// <summary>The filter's spelling of an indexed value: enum values as the schema names them (NEW_ENERGY_VEHICLES), others as stored.</summary>
    public string ValueOf(FacetValue v) => Name is "industry" or "kind" ? WireNames.Of(v.Value) : v.Value;

    public string LabelOf(FacetValue v) => Name switch
    {
        "industry" when Enum.TryParse(v.Value, out Industry industry) => industry.Chinese(),
        "kind" when KindLabels.TryGetValue(v.Value, out string? label) => label,
        "trl" => $"技术成熟度 {v.Value} 级",
        _ => v.Value,
    };
}

public sealed class FacetType : ObjectGraphType<Facet>
{
    public FacetType()
    {
        Name = "Facet";
        Description = "Counts of the matching listings by one attribute (分面).";
        Field<NonNullGraphType<FacetNameType>>("name").Description("Which attribute.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Description("Its values, most frequent first.")
            .Resolve(ctx => ctx.Source.Values.Select(v => new FacetValueView(ctx.Source.ValueOf(v), ctx.Source.LabelOf(v), v.Count)).ToList());
        Field<NonNullGraphType<BooleanGraphType>>("exact").Description("True when the counts cover every match; false when they are estimated from a sample (counts scaled up, rounded to the sample's rate): the match set passed Search:FacetSampleSize, or it was counted on windows of the index (see SearchConnection.totalCountIsExact).").Resolve(ctx => ctx.Source.Exact);
    }
}

/// <summary>One facet value: the filter's spelling, a label to show, and the count.</summary>
public sealed record FacetValueView(string Value, string Label, int Count);

public sealed class FacetValueType : ObjectGraphType<FacetValueView>
{
    public FacetValueType()
    {
        Name = "FacetValue";
        Description = "One value of a facet and how many matching listings have it.";
        Field(x => x.Value).Description("The value as the search filter takes it: an Industry or ListingKind enum value, a region or discipline as stored, a TRL 1–9.");
        Field(x => x.Label).Description("A Chinese label to show (e.g. 新能源汽车和智能网联汽车 for NEW_ENERGY_VEHICLES).");
        Field(x => x.Count).Description("How many matching listings have the value.");
    }
}

public sealed class FacetNameType : EnumerationGraphType
{
    public FacetNameType()
    {
        Name = "FacetName";
        Description = "The attributes search counts its matches by.";
        Add("INDUSTRY", "industry", "Industry (产业); values are Industry enum values, for filter.industries.");
        Add("REGION", "region", "Region (地区) in its normalised full form (安徽省合肥市), for filter.regions.");
        Add("DISCIPLINE", "discipline", "Discipline (学科), for filter.disciplines.");
        Add("TRL", "trl", "Technology readiness level 1–9 (技术成熟度), for filter.minTrl / maxTrl.");
        Add("KIND", "kind", "Kind of listing; values are ListingKind enum values, for `kinds`.");
    }
}
