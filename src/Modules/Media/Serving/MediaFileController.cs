using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Storage;

namespace Portal.Media.Serving;

/// <summary>
/// Serves asset files and image variants. Addresses carry the file's version, so responses are immutable:
/// cached for a year, with an ETag for revalidation. Unknown files, stale versions and unsigned sizes get 404.
/// </summary>
public sealed class MediaFileController(IUnitOfWork unitOfWork, MediaUrls urls, IMediaStorage storage, ImageVariants variants) : Controller
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [HttpGet("medios/{id}/{version}/{file}")]
    public async Task<IActionResult> Get(string id, string version, string file, [FromQuery(Name = MediaUrls.SignatureParameter)] string? signature, CancellationToken cancellationToken)
    {
        var asset = await unitOfWork.Db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null || version != MediaUrls.Version(asset))
        {
            return NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{version}-{file}\"");
        if (file == MediaUrls.OriginalName + asset.Kind.Extension() && !asset.Kind.IsRaster())
        {
            var stream = await storage.OpenReadAsync(asset.StorageKey, cancellationToken);
            if (stream is null)
            {
                return NotFound();
            }

            SetCacheHeaders();
            return File(stream, asset.ContentType, lastModified: null, etag, enableRangeProcessing: true);
        }

        var variant = ImageVariant.Parse(file, asset.Kind);
        if (variant is null || !urls.IsAllowed(Request.Path.Value!, variant, signature))
        {
            return NotFound();
        }

        var path = await variants.GetAsync(asset, variant, cancellationToken);
        SetCacheHeaders();
        return PhysicalFile(path, variant.ContentType, lastModified: null, etag);
    }

    private void SetCacheHeaders() => Response.Headers.CacheControl = Immutable;
}
