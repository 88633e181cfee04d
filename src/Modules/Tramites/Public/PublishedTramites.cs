using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Tramites.Model;

namespace Portal.Tramites.Public;

/// <summary>Finds the published trámite at an address through the catalog index (never inside the JSON).</summary>
public sealed class PublishedTramites(IUnitOfWork unitOfWork)
{
    public Task<ContentItem?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        return db.Set<CatalogIndex>()
            .Where(i => i.ContentType == TramiteContent.TypeName && i.Slug == slug && i.Published)
            .Join(db.ContentItems, i => i.VersionId, c => c.VersionId, (_, c) => c)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }
}
