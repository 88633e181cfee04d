using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Admin;
using Portal.Contents.Scheduling;
using Portal.Core.Content;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;

namespace Portal.Api.Content;

/// <summary>What the API answers with: items as lists and documents, their status and public address.</summary>
public sealed class ContentDocuments(
    IUnitOfWork unitOfWork,
    IContentManager contents,
    ContentListQuery query,
    ContentSchedules schedules,
    PublicUrls urls)
{
    public async Task<ContentListResponse> ListAsync(string? contentType, ContentStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var found = await query.RunAsync(new ContentListFilter(contentType, status, null, null, page, PageSize: pageSize), cancellationToken);
        var ids = found.Rows.Select(r => r.ItemId).ToList();
        var versions = await unitOfWork.Db.ContentItems.AsNoTracking()
            .Where(c => ids.Contains(c.ItemId) && (c.Latest || c.Published))
            .ToListAsync(cancellationToken);
        var items = new List<ContentSummary>(found.Rows.Count);
        foreach (var row in found.Rows)
        {
            var created = versions.FirstOrDefault(v => v.ItemId == row.ItemId && v.Latest)?.CreatedUtc ?? row.ModifiedUtc;
            var published = versions.FirstOrDefault(v => v.ItemId == row.ItemId && v.Published);
            items.Add(new ContentSummary(
                row.ItemId, row.ContentType, row.DisplayText, StatusName(row.Status), row.Owner,
                created, row.ModifiedUtc, published?.PublishedUtc,
                published is null ? null : urls.PathOf(published)));
        }

        return new ContentListResponse(items, found.Page, found.PageSize, found.PageCount, found.Total);
    }

    public async Task<ContentDocument> DocumentAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var published = item.Published ? item : await contents.GetAsync(item.ItemId, VersionOptions.Published, cancellationToken);
        var schedule = await schedules.GetAsync(item.ItemId, cancellationToken);
        var status = ContentStatuses.Of(item.Published, published is not null, schedule?.PublishUtc is not null);
        using var data = JsonDocument.Parse(item.Data);
        return new ContentDocument(
            item.ItemId, item.VersionId, item.ConcurrencyStamp, item.ContentType, item.DisplayText, StatusName(status),
            item.Latest, item.Published, item.Owner, item.Author,
            item.CreatedUtc, item.ModifiedUtc, item.PublishedUtc,
            published is null ? null : urls.PathOf(published),
            data.RootElement.Clone());
    }

    /// <summary>The status as the API writes it and reads it in "?status=": the admin's statuses in camelCase.</summary>
    public static string StatusName(ContentStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static ContentStatus? ParseStatus(string name) =>
        Enum.GetValues<ContentStatus>().Cast<ContentStatus?>().FirstOrDefault(s => StatusName(s!.Value) == name);
}
