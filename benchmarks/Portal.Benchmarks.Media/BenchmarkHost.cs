using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Portal.Media.Storage;

namespace Portal.Benchmarks.Media;

/// <summary>Originals read straight from the generated folder, keyed by file name.</summary>
internal sealed class FolderStorage(string folder) : IMediaStorage
{
    public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(File.OpenRead(Path.Combine(folder, key)));

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(Path.Combine(folder, key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<StoredFile> ListAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

/// <summary>Only the content root matters to AppDataPaths, and the cache path given to it is absolute.</summary>
internal sealed class BenchmarkEnvironment(string root) : IWebHostEnvironment
{
    public string WebRootPath { get; set; } = root;

    public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

    public string ApplicationName { get; set; } = "Portal.Benchmarks.Media";

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

    public string ContentRootPath { get; set; } = root;

    public string EnvironmentName { get; set; } = "Production";
}
