using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Contents.Time;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Review;

/// <param name="Owner">The user who owns the item.</param>
/// <param name="OwnerEmail">The content owner named in the item; empty when none.</param>
public sealed record ReviewRow(string ItemId, string ContentType, string Title, DateOnly ReviewDate, string Owner, string OwnerEmail);

public sealed record ReviewPage(IReadOnlyList<ReviewRow> Rows, int Total, int Page, int PageCount);

/// <summary>
/// Published citizen-facing items whose review date (of the version citizens see) has passed or comes within
/// <see cref="WindowDays"/> days: the oldest date first, so overdue work heads the list.
/// </summary>
public sealed class ReviewQuery(IUnitOfWork unitOfWork, SiteTime siteTime)
{
    public const int WindowDays = 30;
    public const int PageSize = 20;

    /// <summary>Today in the site's time zone.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        DateOnly.FromDateTime(await siteTime.ToLocalAsync(siteTime.UtcNow, cancellationToken));

    /// <summary>The last review date that counts as due.</summary>
    public async Task<DateOnly> LimitAsync(CancellationToken cancellationToken) =>
        (await TodayAsync(cancellationToken)).AddDays(WindowDays);

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        await (await DueAsync(cancellationToken)).CountAsync(cancellationToken);

    public async Task<ReviewPage> ListAsync(int page, CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var total = await due.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await due
            .Join(unitOfWork.Db.ContentItems, i => i.VersionId, c => c.VersionId, (i, c) => new { Index = i, c.Owner, c.Id })
            .OrderBy(r => r.Index.NextReviewDate).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new ReviewRow(r.Index.ItemId, r.Index.ContentType, r.Index.Title, r.Index.NextReviewDate!.Value, r.Owner, r.Index.OwnerEmail))
            .ToListAsync(cancellationToken);
        return new ReviewPage(rows, total, page, pageCount);
    }

    private async Task<IQueryable<CatalogIndex>> DueAsync(CancellationToken cancellationToken)
    {
        var limit = await LimitAsync(cancellationToken);
        return unitOfWork.Db.Set<CatalogIndex>().AsNoTracking()
            .Where(i => i.Published && i.NextReviewDate != null && i.NextReviewDate <= limit);
    }
}
