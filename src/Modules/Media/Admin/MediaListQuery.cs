using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;

namespace Portal.Media.Admin;

/// <summary>The groups the library filters by, with their address values.</summary>
public enum MediaGroup
{
    Images,
    Documents,
    Videos,
    Captions,
}

public static class MediaGroups
{
    public static MediaGroup Of(MediaKind kind) => kind switch
    {
        MediaKind.Pdf => MediaGroup.Documents,
        MediaKind.Mp4 or MediaKind.WebM => MediaGroup.Videos,
        MediaKind.WebVtt => MediaGroup.Captions,
        _ => MediaGroup.Images,
    };

    public static string Slug(this MediaGroup group) => group switch
    {
        MediaGroup.Images => "imagenes",
        MediaGroup.Documents => "documentos",
        MediaGroup.Videos => "videos",
        _ => "subtitulos",
    };


    public static MediaGroup? FromSlug(string? slug) => Enum.GetValues<MediaGroup>().Cast<MediaGroup?>().FirstOrDefault(g => g!.Value.Slug() == slug);

    public static MediaKind[] Kinds(this MediaGroup group) => [.. Enum.GetValues<MediaKind>().Where(k => Of(k) == group)];
}

/// <summary>What the list shows; <paramref name="Allowed"/> narrows it to the kinds a picker's field accepts.</summary>
public sealed record MediaListFilter(string? Search, MediaGroup? Group, int Page, IReadOnlyCollection<MediaKind>? Allowed = null);

public sealed record MediaListPage(IReadOnlyList<MediaAsset> Assets, int Total, int Page, int PageCount, int PageSize)
{
    public int FirstRow => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastRow => Math.Min(Page * PageSize, Total);
}

/// <summary>The library list, newest first, searched by file name or tag and paged in the database.</summary>
public sealed class MediaListQuery(IUnitOfWork unitOfWork)
{
    public const int PageSize = 24;

    public async Task<MediaListPage> RunAsync(MediaListFilter filter, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var assets = db.Set<MediaAsset>().AsNoTracking();
        if (filter.Group is { } group)
        {
            var kinds = group.Kinds();
            assets = assets.Where(a => kinds.Contains(a.Kind));
        }

        if (filter.Allowed is { } allowed)
        {
            var kinds = allowed.ToArray();
            assets = assets.Where(a => kinds.Contains(a.Kind));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLower(CultureInfo.InvariantCulture);
            var tags = db.Set<MediaTag>();
#pragma warning disable CA1862 // The StringComparison overload has no SQL translation; lower() on both sides does, on SQLite and PostgreSQL.
            assets = assets.Where(a => a.FileName.ToLower().Contains(search) || tags.Any(t => t.AssetId == a.Id && t.Name.ToLower().Contains(search)));
#pragma warning restore CA1862
        }

        var total = await assets.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var found = await assets
            .OrderByDescending(a => a.CreatedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Include(a => a.Tags)
            .ToListAsync(cancellationToken);
        return new MediaListPage(found, total, page, pageCount, PageSize);
    }
}
