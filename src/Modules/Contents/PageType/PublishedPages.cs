using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.PageType;

/// <summary>Finds the published page at an address, through the index (never inside the JSON).</summary>
public sealed class PublishedPages(IUnitOfWork unitOfWork)
{
    public Task<ContentItem?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        return db.Set<PageIndex>()
            .Where(i => i.Slug == slug && i.Published)
            .Join(db.ContentItems, i => i.VersionId, c => c.VersionId, (_, c) => c)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }
}
