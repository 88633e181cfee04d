using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Contents.Review;
using Portal.Contents.Scheduling;
using Portal.Core.UnitOfWork;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Admin;

/// <param name="Owner">The user who owns the item, or the content owner's e-mail address of a citizen-facing item.</param>
/// <param name="Topic">A term of the "temas" vocabulary the latest version is filed under.</param>
/// <param name="DueForReview">Only published items whose review date has passed or falls within <see cref="ReviewQuery.WindowDays"/> days.</param>
public sealed record ContentListFilter(string? ContentType, ContentStatus? Status, string? Owner, string? Search, int Page, string? Topic = null, bool DueForReview = false, int PageSize = ContentListQuery.PageSize);

public sealed record ContentListRow(
    string ItemId, string ContentType, string DisplayText, string Owner, DateTime ModifiedUtc,
    ContentStatus Status, DateTime? PublishUtc, DateTime? UnpublishUtc);

public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, int Page, int PageCount, int PageSize)
{
    public int FirstRow => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastRow => Math.Min(Page * PageSize, Total);
}

/// <summary>The content list: one row per item (its latest version), filtered and paged in the database.</summary>
public sealed class ContentListQuery(IUnitOfWork unitOfWork, ReviewQuery review)
{
    public const int PageSize = 20;

    public async Task<ContentListPage> RunAsync(ContentListFilter filter, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var schedules = db.Set<ContentSchedule>();
        var latest = db.ContentItems.AsNoTracking().Where(c => c.Latest);
        if (!string.IsNullOrEmpty(filter.ContentType))
        {
            latest = latest.Where(c => c.ContentType == filter.ContentType);
        }

        var catalog = db.Set<CatalogIndex>();
        if (!string.IsNullOrEmpty(filter.Owner))
        {
            var owner = filter.Owner;
            latest = latest.Where(c => c.Owner == owner || catalog.Any(i => i.VersionId == c.VersionId && i.OwnerEmail == owner));
        }

        if (!string.IsNullOrEmpty(filter.Topic))
        {
            var topic = filter.Topic;
            var filed = db.Set<CatalogTermIndex>().Where(t => t.Latest && t.Vocabulary == Vocabularies.Topics && t.Term == topic);
            latest = latest.Where(c => filed.Any(t => t.VersionId == c.VersionId));
        }

        if (filter.DueForReview)
        {
            var limit = await review.LimitAsync(cancellationToken);
            latest = latest.Where(c => catalog.Any(i => i.ItemId == c.ItemId && i.Published && i.NextReviewDate != null && i.NextReviewDate <= limit));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1862 // The StringComparison overload has no SQL translation; lower() on both sides does, on SQLite and PostgreSQL.
            latest = latest.Where(c => c.DisplayText.ToLower().Contains(search));
#pragma warning restore CA1862
        }

        var rows = latest.Select(c => new
        {
            c.Id,
            c.ItemId,
            c.ContentType,
            c.DisplayText,
            c.Owner,
            c.ModifiedUtc,
            c.Published,
            HasPublished = c.Published || db.ContentItems.Any(p => p.ItemId == c.ItemId && p.Published),
            PublishUtc = schedules.Where(s => s.ItemId == c.ItemId).Select(s => s.PublishUtc).FirstOrDefault(),
            UnpublishUtc = schedules.Where(s => s.ItemId == c.ItemId).Select(s => s.UnpublishUtc).FirstOrDefault(),
        });
        rows = filter.Status switch
        {
            ContentStatus.Scheduled => rows.Where(r => r.PublishUtc != null),
            ContentStatus.Published => rows.Where(r => r.PublishUtc == null && r.Published),
            ContentStatus.PublishedWithDraft => rows.Where(r => r.PublishUtc == null && !r.Published && r.HasPublished),
            ContentStatus.Draft => rows.Where(r => r.PublishUtc == null && !r.HasPublished),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        var pageSize = filter.PageSize;
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var found = await rows
            .OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ContentListPage(
            [.. found.Select(r => new ContentListRow(
                r.ItemId, r.ContentType, r.DisplayText, r.Owner, r.ModifiedUtc,
                ContentStatuses.Of(r.Published, r.HasPublished, r.PublishUtc is not null), r.PublishUtc, r.UnpublishUtc))],
            total, page, pageCount, pageSize);
    }

    /// <summary>Everyone who owns at least one item, as a user or as the content owner named in it, for the owner filter.</summary>
    public async Task<IReadOnlyList<string>> OwnersAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var users = await db.ContentItems.AsNoTracking().Where(c => c.Latest).Select(c => c.Owner).Distinct().ToListAsync(cancellationToken);
        var emails = await db.Set<CatalogIndex>().AsNoTracking().Where(i => i.Latest && i.OwnerEmail != "").Select(i => i.OwnerEmail).Distinct().ToListAsync(cancellationToken);
        return [.. users.Concat(emails).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }
}
