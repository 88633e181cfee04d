using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Core.Data;

namespace Portal.Core.Hosting;

/// <summary>
/// Free space where the site writes: App_Data, each folder under it (media or a cache may be another mount) and the
/// folders moved out of it (<c>Portal:Media:Root</c> on a shared mount). A site
/// that cannot write loses uploads and edits, so running short is unhealthy, before the first write fails.
/// </summary>
internal sealed class DiskSpaceHealthCheck(AppDataPaths paths, IConfiguration configuration) : IHealthCheck
{
    public const string Name = "disk";
    public const string MinimumKey = "Portal:Health:MinFreeMegabytes";
    private const long DefaultMinimumMegabytes = 200;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var minimum = configuration.GetValue(MinimumKey, DefaultMinimumMegabytes);
        var folders = Directory.EnumerateDirectories(paths.Root).Prepend(paths.Root).Concat(paths.MovedFolders);
        var (folder, freeMegabytes) = folders.Select(f => (Folder: f, Free: new DriveInfo(f).AvailableFreeSpace / (1024 * 1024))).MinBy(f => f.Free);
        var where = paths.MovedFolders.Contains(folder) ? folder : Path.GetRelativePath(Path.GetDirectoryName(paths.Root) ?? paths.Root, folder);
        var description = $"{where}: {freeMegabytes} MB free (minimum {minimum} MB)";
        return Task.FromResult(freeMegabytes < minimum ? HealthCheckResult.Unhealthy(description) : HealthCheckResult.Healthy(description));
    }
}
