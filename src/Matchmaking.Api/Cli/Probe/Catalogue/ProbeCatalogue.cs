namespace Matchmaking.Api.Cli.Probe.Catalogue;

/// <summary>Every bad input the probe tries, group by group; the `probe` verb and ProbeCatalogueTests run this same list.</summary>
public static class ProbeCatalogue
{
    public static IReadOnlyList<ProbeCase> All() =>
    [
        .. TransportCases.All(),
        .. LimitCases.All(),
        .. PagingCases.All(),
        .. IdCases.All(),
        .. SearchTextCases.All(),
        .. FilterCases.All(),
        .. ListingWriteCases.All(),
        .. MoneyCases.All(),
        .. AuthCases.All(),
    ];
}
