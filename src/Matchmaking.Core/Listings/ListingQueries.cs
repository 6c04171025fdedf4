using System.Linq.Expressions;
using Matchmaking.Core.Domain;
using Matchmaking.Core.Paging;
using Matchmaking.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Matchmaking.Core.Listings;

/// <summary>Read side of the listings for browsing: filters as IQueryable; the caller orders and pages them (<see cref="Orders{T}"/>).</summary>
public sealed class ListingQueries(MatchmakingDbContext db, TimeProvider clock)
{
    public IQueryable<Demand> Demands(ListingFilter f)
    {
        CheckText(f);
        var q = db.Demands.AsNoTracking();
        q = f.Industry is { } industry ? q.Where(d => d.Industry == industry) : q;
        q = f.Region is { Length: > 0 } region ? q.Where(d => d.Region == region) : q;
        q = f.TitleContains is { Length: > 0 } text ? q.Where(d => d.Title.Contains(text)) : q;
        q = f.CooperationMode is { } mode ? q.Where(d => (d.CooperationModes & mode) != 0) : q;
        q = f.DemandStatus is { } status ? WithStatus(q, status) : q;
        q = f.EnterpriseId is { } enterpriseId ? q.Where(d => d.EnterpriseId == enterpriseId) : q;
        q = f.MinTrl is { } minTrl ? q.Where(d => d.RequiredTrl == null || d.RequiredTrl >= minTrl) : q;
        return q;
    }

    public IQueryable<Achievement> Achievements(ListingFilter f)
    {
        CheckText(f);
        var q = db.Achievements.AsNoTracking();
        q = f.Industry is { } industry ? q.Where(a => a.Industry == industry) : q;
        q = f.Region is { Length: > 0 } region ? q.Where(a => a.Region == region) : q;
        q = f.TitleContains is { Length: > 0 } text ? q.Where(a => a.Title.Contains(text)) : q;
        q = f.CooperationMode is { } mode ? q.Where(a => (a.CooperationModes & mode) != 0) : q;
        q = f.AchievementStatus is { } status ? q.Where(a => a.Status == status) : q;
        q = f.MinTrl is { } minTrl ? q.Where(a => a.Trl >= minTrl) : q;
        q = f.MaxTrl is { } maxTrl ? q.Where(a => a.Trl <= maxTrl) : q;
        q = f.OwnerSubject is { Length: > 0 } owner ? q.Where(a => a.OwnerSubject == owner) : q;
        return q;
    }

    public IQueryable<Expert> Experts(ListingFilter f)
    {
        CheckText(f);
        var q = db.Experts.AsNoTracking();
        q = f.Industry is { } industry ? q.Where(e => e.Industry == industry) : q;
        q = f.Region is { Length: > 0 } region ? q.Where(e => e.Region == region) : q;
        q = f.TitleContains is { Length: > 0 } text ? q.Where(e => e.Name.Contains(text)) : q;
        q = f.OpenToProjects is { } open ? q.Where(e => e.OpenToProjects == open) : q;
        q = f.OwnerSubject is { Length: > 0 } owner ? q.Where(e => e.OwnerSubject == owner) : q;
        return q;
    }

    public IQueryable<Enterprise> Enterprises(ListingFilter f)
    {
        CheckText(f);
        var q = db.Enterprises.AsNoTracking();
        q = f.Industry is { } industry ? q.Where(e => e.Industry == industry) : q;
        q = f.Region is { Length: > 0 } region ? q.Where(e => e.Region == region) : q;
        q = f.TitleContains is { Length: > 0 } text ? q.Where(e => e.Name.Contains(text)) : q;
        q = f.Size is { } size ? q.Where(e => e.Size == size) : q;
        q = f.OwnerSubject is { Length: > 0 } owner ? q.Where(e => e.OwnerSubject == owner) : q;
        return q;
    }

    /// <summary>
    /// A demand past its deadline is EXPIRED as soon as the day has passed, whether or not the daily job
    /// has marked it yet: OPEN means open and not past its deadline, EXPIRED includes the unmarked ones.
    /// </summary>
    private IQueryable<Demand> WithStatus(IQueryable<Demand> q, DemandStatus status)
    {
        DateOnly today = DemandStatuses.Today(clock);
        return status switch
        {
            DemandStatus.Open => q.Where(d => d.Status == DemandStatus.Open && (d.Deadline == null || d.Deadline >= today)),
            DemandStatus.Expired => q.Where(d => d.Status == DemandStatus.Expired || (d.Status == DemandStatus.Open && d.Deadline != null && d.Deadline < today)),
            _ => q.Where(d => d.Status == status),
        };
    }

    /// <summary>Strings compared in SQL: PostgreSQL refuses NUL and lone surrogates in parameters, so they are refused first.</summary>
    private static void CheckText(ListingFilter f)
    {
        UnicodeText.Require("filter.region", f.Region);
        UnicodeText.Require("filter.titleContains", f.TitleContains);
        UnicodeText.Require("filter.ownerSubject", f.OwnerSubject);
    }

    /// <summary>
    /// The keyset orders of a listing type: newest or oldest first, recently updated, or by title (a
    /// demand's or achievement's title, an expert's or enterprise's name); the id breaks ties.
    /// </summary>
    public static IKeysetOrder<T> Orders<T>(ListingOrder order, Expression<Func<T, string>> title)
        where T : IListing => order switch
        {
            ListingOrder.CreatedAtAsc => new KeysetOrder<T, DateTimeOffset>("created-asc", x => x.CreatedAt, descending: false, x => x.Id),
            ListingOrder.UpdatedAtDesc => new KeysetOrder<T, DateTimeOffset>("updated-desc", x => x.UpdatedAt, descending: true, x => x.Id),
            ListingOrder.TitleAsc => new KeysetOrder<T, string>("title-asc", title, descending: false, x => x.Id),
            _ => new KeysetOrder<T, DateTimeOffset>("created-desc", x => x.CreatedAt, descending: true, x => x.Id),
        };
}
