using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Matchmaking.Api.Auth;
using Matchmaking.Api.GraphQL.Loading;
using Matchmaking.Api.GraphQL.Paging;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Listings.Duplicates;
using Matchmaking.Core.Search.Index;
using Matchmaking.Core.Storage;

namespace Matchmaking.Api.GraphQL.Duplicates;

/// <summary>
/// `possibleDuplicates` on achievements, demands and experts, and the POSSIBLE_DUPLICATE warnings on their
/// payloads. Both ask about the listing as it is now, not as the index last saw it, so a payload warns about
/// the write it reports before any catch-up ran.
/// </summary>
internal static class DuplicateFields
{
    public const string PossibleDuplicate = "POSSIBLE_DUPLICATE";

    public static void AddTo<T>(ObjectGraphType<T> type)
        where T : class, IListing => type.Field<NonNullGraphType<PossibleDuplicateConnectionType>>("possibleDuplicates")
            .Description(typeof(T) == typeof(Expert)
                ? "Experts who may be the same person (疑似重复): the same name at the same institution; for admins and the profile's owner also the same phone or e-mail. Most similar first."
                : "Listings of the same kind that may be this one again (疑似重复): the same patent number, or nearly the same title, text and keywords (MinHash over character shingles). Most similar first.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var all = await FindAsync(ctx, ctx.Source, ctx.CancellationToken);
                var (offset, count) = Connections.Positions(Connections.Read(ctx), int.MaxValue, all.Count);
                return await PageAsync(ctx, all, offset, count);
            });

    /// <summary>The `warnings` field of a listing payload.</summary>
    public static void AddWarnings(ObjectGraphType<Payloads.Payload> payload) => payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayloadWarningType>>>>("warnings")
        .Description("Things to look at about a write that succeeded (提示); empty when there are none or userErrors is not empty. POSSIBLE_DUPLICATE: another listing may be this one.")
        .ResolveAsync(async ctx =>
        {
            if (ctx.Source.Value is not IListing listing)
            {
                return (object)Array.Empty<PayloadWarning>();
            }

            var found = await FindAsync(ctx, listing, ctx.CancellationToken);
            var page = await PageAsync(ctx, found, 0, found.Count);
            return page.Edges.Select(e => new PayloadWarning(PossibleDuplicate, Message(e.Duplicate, e.Listing), e.Listing)).ToList();
        });

    private static async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(IResolveFieldContext ctx, IListing listing, CancellationToken ct)
    {
        var detector = ctx.Service<DuplicateDetector>();
        return listing switch
        {
            Achievement a => detector.FindFor(ListingDocument.From(a)),
            Demand d => detector.FindFor(ListingDocument.From(d)),
            Expert e when detector.Enabled => await ExpertIdentities.FindForAsync(
                ctx.Service<MatchmakingDbContext>(), e, Access.IsOwnerOrAdmin(ctx.Viewer(), e.OwnerSubject), ct),
            _ => [],
        };
    }

    /// <summary>Loads each duplicate's listing in one batch per kind; one deleted since the detector saw it is left out.</summary>
    private static async Task<DuplicatePage> PageAsync(IResolveFieldContext ctx, IReadOnlyList<PossibleDuplicate> all, int offset, int count)
    {
        var loaders = ctx.Loaders();
        var slice = all.Skip(offset).Take(count).ToList();
        var pending = slice.Select(d => d.Kind switch
        {
            ListingKind.Demand => (IDataLoaderResult)loaders.Demands.Load(d.Id),
            ListingKind.Achievement => loaders.Achievements.Load(d.Id),
            _ => loaders.Experts.Load(d.Id),
        }).ToList();
        var edges = new List<DuplicateEdge>(slice.Count);
        for (int i = 0; i < slice.Count; i++)
        {
            if (await pending[i].GetResultAsync(ctx.CancellationToken) is { } listing)
            {
                edges.Add(new DuplicateEdge(slice[i], listing, Connections.EncodeOffset(offset + i)));
            }
        }

        var info = new PageInfo
        {
            HasNextPage = offset + slice.Count < all.Count,
            HasPreviousPage = offset > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new DuplicatePage(edges, info, all.Count);
    }

    private static string Message(PossibleDuplicate duplicate, object listing)
    {
        string what = listing switch
        {
            Achievement a => $"achievement “{a.Title}”",
            Demand d => $"demand “{d.Title}”",
            Expert e => $"expert {e.Name}",
            _ => "listing",
        };
        return duplicate.Reason switch
        {
            DuplicateReason.SamePatentNumber => $"The {what} has the same patent number; it may be this listing again.",
            DuplicateReason.SameNameAndInstitution => $"The {what} has the same name at the same institution; it may be the same person.",
            DuplicateReason.SameContact => $"The {what} has the same phone number or e-mail; it may be the same person.",
            _ => $"The {what} reads nearly the same (similarity {duplicate.Similarity:0.00}); it may be this listing again.",
        };
    }
}
