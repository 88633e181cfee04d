namespace Portal.Media.Storage;

/// <summary>
/// Where asset files live, by key ("a/b/c.ext": lowercase letters, digits, '-', '_', '.', and '/' between parts).
/// The file system implementation keeps them under App_Data/media; an S3-compatible store can implement the
/// same contract. A save either stores the whole file under its key or nothing.
/// </summary>
public interface IMediaStorage
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Null when no file has that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deleting a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every stored file, whole or a write in progress (or one a crash cut short), with when it was written.</summary>
    IAsyncEnumerable<StoredFile> ListAsync(CancellationToken cancellationToken = default);
}

public sealed record StoredFile(string Key, DateTime WrittenUtc);
