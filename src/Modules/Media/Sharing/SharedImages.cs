using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Images;

namespace Portal.Media.Sharing;

/// <summary>Finds an item's shared image and renders its social card (cached on disk like every variant).</summary>
public sealed class SharedImages(IUnitOfWork unitOfWork, ImageVariants variants)
{
    /// <returns>The image, or null when the model shares none, or its asset is gone or cannot have a social card.</returns>
    public async Task<SharedImage?> FindAsync(object model, CancellationToken cancellationToken)
    {
        if (model is not ISharesImage source || source.SharedImage() is not { IsEmpty: false, Decorative: false } reference)
        {
            return null;
        }

        var asset = await FindAssetAsync(reference.AssetId, cancellationToken);
        var alt = string.IsNullOrWhiteSpace(reference.Alt) ? asset?.AltText : reference.Alt;
        return asset is null || string.IsNullOrWhiteSpace(alt) ? null : new SharedImage(asset, alt.Trim());
    }

    public async Task<SharedImage?> FindAsync(string assetId, string alt, CancellationToken cancellationToken) =>
        await FindAssetAsync(assetId, cancellationToken) is { } asset ? new SharedImage(asset, alt) : null;

    /// <returns>The social card, or null when the asset's file is missing or cannot be decoded.</returns>
    public async Task<SharedImageFile?> FileAsync(SharedImage image, CancellationToken cancellationToken) =>
        await CardPathAsync(image, cancellationToken) is { } path ? new SharedImageFile(await File.ReadAllBytesAsync(path, cancellationToken)) : null;

    /// <returns>The social card's size in bytes, without reading it; null when it cannot be rendered.</returns>
    public async Task<long?> SizeAsync(SharedImage image, CancellationToken cancellationToken) =>
        await CardPathAsync(image, cancellationToken) is { } path ? new FileInfo(path).Length : null;

    private async Task<string?> CardPathAsync(SharedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        try
        {
            return await variants.GetAsync(image.Asset, ImageVariant.SocialCard, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or NetVips.VipsException)
        {
            return null;
        }
    }

    private async Task<MediaAsset?> FindAssetAsync(string assetId, CancellationToken cancellationToken)
    {
        var asset = await unitOfWork.Db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        return asset is { } found && found.Kind.HasSocialCard() ? found : null;
    }
}
