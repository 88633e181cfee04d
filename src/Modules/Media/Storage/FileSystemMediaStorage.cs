using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Media.Storage;

/// <summary>
/// Asset files under <c>Portal:Media:Root</c> (App_Data/media by default). Files are written beside their place and
/// moved in, so a reader never sees half a file, on a local disk or on a mount several nodes share.
/// </summary>
public sealed class FileSystemMediaStorage(AppDataPaths paths, IOptions<MediaOptions> options) : IMediaStorage
{
    public const string FolderName = "media";

    private readonly string _root = paths.Folder(options.Value.Root, FolderName);

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (MediaStorageKeys.IsValid(key))
            {
                yield return new StoredFile(key, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(_root, MediaStorageKeys.Require(key).Replace('/', Path.DirectorySeparatorChar));
}
