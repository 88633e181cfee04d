using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Storage;
using Portal.Media.Uploads;

namespace Portal.Media.Library;

/// <summary>
/// The file is stored before its row is written and is removed again if the row cannot be, or if the transaction
/// that wrote it rolls back: a refused or failed upload leaves nothing behind. Files that a change makes obsolete go after the commit; if that is lost, an
/// unreferenced file remains, never a row without its file.
/// </summary>
public sealed class MediaLibrary(
    IUnitOfWork unitOfWork,
    IMediaStorage storage,
    UploadInspector inspector,
    IEnumerable<IMediaUsageProvider> usageProviders,
    TimeProvider time,
    IStringLocalizer<MediaResources> S) : IMediaLibrary
{
    private DbSet<MediaAsset> Assets => unitOfWork.Db.Set<MediaAsset>();

    public Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Assets.Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<MediaResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default) =>
        AddAsync(ContentIds.New(time), upload, cancellationToken);

    public async Task<MediaResult> ImportAsync(string id, MediaUpload upload, CancellationToken cancellationToken = default)
    {
        var asset = await GetAsync(id, cancellationToken);
        if (asset is null)
        {
            return await AddAsync(id, upload, cancellationToken);
        }

        var fileName = CleanFileName(upload.FileName);
        using var file = await InspectAsync(fileName, upload.Content, cancellationToken);
        if (file.Error is not null)
        {
            return MediaResult.Refused(file.Error);
        }

        if (file.Inspected!.Hash != asset.Hash || asset.FileName != fileName)
        {
            var replaced = await ReplaceFileAsync(asset, fileName, file.Inspected, cancellationToken);
            if (!replaced.Succeeded)
            {
                return replaced;
            }
        }

        if (!SameDetails(asset, upload))
        {
            return await UpdateDetailsAsync(id, upload, cancellationToken);
        }

        return MediaResult.Success(asset);
    }

    private async Task<MediaResult> AddAsync(string id, MediaUpload upload, CancellationToken cancellationToken)
    {
        var fileName = CleanFileName(upload.FileName);
        using var file = await InspectAsync(fileName, upload.Content, cancellationToken);
        if (file.Error is not null)
        {
            return MediaResult.Refused(file.Error);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var asset = new MediaAsset
        {
            Id = id,
            FileName = fileName,
            UploadedBy = upload.UploadedBy,
            CreatedUtc = now,
        };
        SetDetails(asset, upload);
        Describe(asset, file.Inspected!, now);

        await StoreAsync(asset.StorageKey, file.Inspected!, async () =>
        {
            await unitOfWork.BeginAsync(cancellationToken);
            Assets.Add(asset);
            await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return MediaResult.Success(asset);
    }

    public async Task<MediaResult> ReplaceAsync(string id, string fileName, Stream content, string user, CancellationToken cancellationToken = default)
    {
        var asset = await GetAsync(id, cancellationToken);
        if (asset is null)
        {
            return MediaResult.Refused(S["Media_NotFound"]);
        }

        fileName = CleanFileName(fileName);
        using var file = await InspectAsync(fileName, content, cancellationToken);
        if (file.Error is not null)
        {
            return MediaResult.Refused(file.Error);
        }

        return await ReplaceFileAsync(asset, fileName, file.Inspected!, cancellationToken);
    }

    private async Task<MediaResult> ReplaceFileAsync(MediaAsset asset, string fileName, InspectedFile inspected, CancellationToken cancellationToken)
    {
        if (Family(inspected.Kind) != Family(asset.Kind))
        {
            return MediaResult.Refused(S["Upload_Refused", fileName, S["Replace_OtherFamily"]]);
        }

        var id = asset.Id;
        var oldKey = asset.StorageKey;
        var oldHash = asset.Hash;
        asset.FileName = fileName;
        Describe(asset, inspected, time.GetUtcNow().UtcDateTime);
        if (oldKey == asset.StorageKey)
        {
            // The same bytes: the stored file stays as it is (storing it again would delete it on a rollback).
            await unitOfWork.BeginAsync(cancellationToken);
            await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await StoreAsync(asset.StorageKey, inspected, async () =>
            {
                await unitOfWork.BeginAsync(cancellationToken);
                await unitOfWork.Db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            var oldVersion = oldHash[..16];
            unitOfWork.AfterCommit(async (services, ct) =>
            {
                await services.GetRequiredService<IMediaStorage>().DeleteAsync(oldKey, ct);
                services.GetRequiredService<ImageVariants>().Forget(id, oldVersion);
            });
        }

        return MediaResult.Success(asset);
    }

    public async Task<MediaResult> UpdateDetailsAsync(string id, MediaDetails details, CancellationToken cancellationToken = default)
    {
        var asset = await GetAsync(id, cancellationToken);
        if (asset is null)
        {
            return MediaResult.Refused(S["Media_NotFound"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        SetDetails(asset, details);
        asset.ModifiedUtc = time.GetUtcNow().UtcDateTime;
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        return MediaResult.Success(asset);
    }

    public async Task<MediaResult> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var asset = await GetAsync(id, cancellationToken);
        if (asset is null)
        {
            return MediaResult.Refused(S["Media_NotFound"]);
        }

        var usages = await GetUsagesAsync(id, cancellationToken);
        if (usages.Count > 0)
        {
            return MediaResult.Refused(S["Delete_InUse", asset.FileName, string.Join("; ", usages.Select(u => u.Title))], usages);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        Assets.Remove(asset);
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        var key = asset.StorageKey;
        unitOfWork.AfterCommit(async (services, ct) =>
        {
            await services.GetRequiredService<IMediaStorage>().DeleteAsync(key, ct);
            services.GetRequiredService<ImageVariants>().Forget(id);
        });
        return MediaResult.Success(asset);
    }

    public async Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string id, CancellationToken cancellationToken = default)
    {
        var usages = new List<MediaUsage>();
        foreach (var provider in usageProviders)
        {
            usages.AddRange(await provider.GetUsagesAsync(id, cancellationToken));
        }

        return usages;
    }

    private async Task<Inspection> InspectAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            return new Inspection(await inspector.InspectAsync(content, cancellationToken), null);
        }
        catch (MediaRejectedException rejection)
        {
            var reason = S[rejection.ReasonKey, [.. rejection.Arguments]];
            return new Inspection(null, rejection.Line is { } line
                ? S["Upload_RefusedAtLine", fileName, line, reason]
                : S["Upload_Refused", fileName, reason]);
        }
    }

    private async Task StoreAsync(string key, InspectedFile file, Func<Task> writeRow, CancellationToken cancellationToken)
    {
        await using (var stream = file.OpenRead())
        {
            await storage.SaveAsync(key, stream, cancellationToken);
        }

        try
        {
            await writeRow();
        }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        // The row is written but not committed: if the transaction rolls back (a later step of a recipe fails,
        // the request throws), the file goes with it.
        unitOfWork.AfterRollback(() => storage.DeleteAsync(key, CancellationToken.None));
    }

    private static void Describe(MediaAsset asset, InspectedFile file, DateTime now)
    {
        asset.Kind = file.Kind;
        asset.ContentType = file.Kind.ContentType();
        asset.Length = file.Length;
        asset.Width = file.Width;
        asset.Height = file.Height;
        asset.Hash = file.Hash;
        // The hash in the key gives a replaced file a new key, so caches of the old one never serve it again.
        asset.StorageKey = $"{asset.Id[..2]}/{asset.Id}/{file.Hash[..16]}{file.Kind.Extension()}";
        asset.ModifiedUtc = now;
    }

    /// <summary>A replacement must be usable wherever the old file was: an image for an image, a video for a video.</summary>
    private static int Family(MediaKind kind) => kind switch
    {
        MediaKind.Jpeg or MediaKind.Png or MediaKind.WebP or MediaKind.Gif or MediaKind.Svg => 0,
        MediaKind.Mp4 or MediaKind.WebM => 1,
        MediaKind.Pdf => 2,
        _ => 3,
    };

    private static string CleanFileName(string name)
    {
        var clean = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "archivo";
        }

        return clean.Length <= MediaAsset.FileNameLength ? clean : clean[..MediaAsset.FileNameLength];
    }

    private static void SetDetails(MediaAsset asset, MediaDetails details)
    {
        asset.AltText = Trim(details.AltText);
        asset.Credit = Trim(details.Credit);
        asset.Licence = Trim(details.Licence);
        var tags = CleanTags(details.Tags).ToList();
        asset.Tags.RemoveAll(t => !tags.Contains(t.Name, StringComparer.OrdinalIgnoreCase));
        asset.Tags.AddRange(tags.Where(t => !asset.Tags.Any(existing => string.Equals(existing.Name, t, StringComparison.OrdinalIgnoreCase)))
            .Select(t => new MediaTag { AssetId = asset.Id, Name = t }));
    }

    private static bool SameDetails(MediaAsset asset, MediaDetails details) =>
        asset.AltText == Trim(details.AltText) && asset.Credit == Trim(details.Credit) && asset.Licence == Trim(details.Licence)
        && asset.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(CleanTags(details.Tags).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    private static string? Trim(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length > MediaAsset.TextLength ? t[..MediaAsset.TextLength] : value.Trim();

    private static IEnumerable<string> CleanTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length is > 0 and <= MediaTag.Length).Distinct(StringComparer.OrdinalIgnoreCase);

    private sealed class Inspection(InspectedFile? inspected, string? error) : IDisposable
    {
        public InspectedFile? Inspected { get; } = inspected;

        public string? Error { get; } = error;

        public void Dispose() => Inspected?.Dispose();
    }
}
