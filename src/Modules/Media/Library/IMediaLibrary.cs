using Portal.Media.Assets;

namespace Portal.Media.Library;

/// <summary>
/// Adds, replaces and deletes assets inside the current unit of work. A refused file leaves no row and no file.
/// </summary>
public interface IMediaLibrary
{
    Task<MediaAsset?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The asset a model field names, or null when the field is blank or the asset is gone.</summary>
    async Task<MediaAsset?> FindAsync(string? id, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(id) ? null : await GetAsync(id, cancellationToken);

    Task<MediaResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds or updates the asset with a fixed id (recipes, so sample content can name it): a new id is added, a
    /// different file replaces the stored one, and the same file with the same descriptions changes nothing.
    /// </summary>
    Task<MediaResult> ImportAsync(string id, MediaUpload upload, CancellationToken cancellationToken = default);

    /// <summary>Puts a new file behind an existing asset: same id, so every use shows the new file.</summary>
    Task<MediaResult> ReplaceAsync(string id, string fileName, Stream content, string user, CancellationToken cancellationToken = default);

    /// <summary>Changes what editors wrote about an asset: alt text, credit, licence and tags.</summary>
    Task<MediaResult> UpdateDetailsAsync(string id, MediaDetails details, CancellationToken cancellationToken = default);

    /// <summary>Refused, with the list of uses, while any <see cref="IMediaUsageProvider"/> reports one.</summary>
    Task<MediaResult> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string id, CancellationToken cancellationToken = default);
}
