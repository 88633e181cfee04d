using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>What a process killed in the middle of an upload or a package import leaves behind is gone after the next start.</summary>
public sealed class MediaLeftoversTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restart_removes_files_without_an_asset_partial_writes_uploads_being_checked_and_packages_being_unpacked()
    {
        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(new MediaUpload("escudo.png", new MemoryStream(TestImages.Png(8, 8)), "admin"), ct));
        Assert.True(result.Succeeded, result.Error);
        var kept = Path.Combine(Fixture.MediaFolder, result.Asset!.StorageKey);
        // Older than the hour a shared store's other nodes get to commit a file's row.
        var longAgo = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(kept, longAgo);
        var orphan = await WriteAsync(Path.Combine(Fixture.MediaFolder, "zz", "zzorphan", "0123456789abcdef.png"), longAgo);
        var partial = await WriteAsync(Path.Combine(Fixture.MediaFolder, "zz", "zzorphan", "0123456789abcdef.png.0123456789abcdef.part"), longAgo);
        // Another node of a shared store may be about to commit the row of a file this young.
        var young = await WriteAsync(Path.Combine(Fixture.MediaFolder, "yy", "yyyoung", "fedcba9876543210.png"), DateTime.UtcNow);
        var inspecting = await WriteAsync(Path.Combine(Fixture.UploadsFolder, Guid.NewGuid().ToString("N")), DateTime.UtcNow);
        var unpacking = await WriteAsync(Path.Combine(Fixture.AppDataPath, "recipe-packages", Guid.NewGuid().ToString("N"), "files", "recipe.json"), DateTime.UtcNow);

        await Fixture.RestartAsync();

        Assert.True(File.Exists(kept));
        Assert.True(File.Exists(young));
        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(partial));
        Assert.False(File.Exists(inspecting));
        Assert.False(File.Exists(unpacking));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(Fixture.AppDataPath, "recipe-packages")));
    }

    private static async Task<string> WriteAsync(string path, DateTime writtenUtc)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, [1, 2, 3], Ct);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }
}
