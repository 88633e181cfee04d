using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>A site whose media folder is a tiny file system of its own (tmpfs), so that it can really fill up.</summary>
public sealed class FullDiskFixture : PortalFixture
{
    public string MediaFolder => Path.Combine(AppDataPath, "media");

    /// <summary>False where this user may not mount (mounting needs root): the tests then skip.</summary>
    public bool Mounted { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(MediaFolder);
        Mounted = await RunAsync("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", MediaFolder) == 0;
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Mounted)
        {
            await RunAsync("umount", MediaFolder);
            Directory.Delete(AppDataPath, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>A full disk is said plainly, to the person who uploaded and to the health check, and leaves nothing half-written.</summary>
public sealed class FullDiskTests(FullDiskFixture fixture) : PortalTest<FullDiskFixture>(fixture), IClassFixture<FullDiskFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_to_a_full_disk_answers_507_in_Spanish_stores_nothing_and_health_says_why()
    {
        Assert.SkipUnless(Fixture.Mounted, "Mounting a small tmpfs for the media folder needs root.");
        ExpectLog(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        await FillAsync(Path.Combine(Fixture.MediaFolder, "relleno.bin"));
        using var admin = await Host.SignedInClientAsync();
        var token = await admin.AntiforgeryTokenAsync("/admin/medios");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(""), "etiquetas" } };
        var part = new ByteArrayContent(TestImages.Png(64, 64));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "archivos", "escudo.png");

        using var response = await admin.PostAsync("/admin/medios", form, Ct);

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Contains("el servidor no tiene espacio", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var assets = await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MediaAsset>().CountAsync(ct));
        Assert.Equal(0, assets);
        Assert.Equal(["relleno.bin"], Directory.GetFiles(Fixture.MediaFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName));

        using var client = Host.CreateBrowserLikeClient();
        using var health = await client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync(Ct));
        var disk = report.RootElement.GetProperty("checks").GetProperty("disk");
        Assert.Equal("Unhealthy", disk.GetProperty("status").GetString());
        Assert.Contains("media: 0 MB free", disk.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Writes until the file system refuses: what a disk that filled up overnight looks like.</summary>
    private static async Task FillAsync(string path)
    {
        // Unbuffered, so that nothing is left to flush when the stream is closed on a full disk.
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                await file.WriteAsync(block, Ct);
            }
        }
        catch (IOException)
        {
            // Full: the state the test wants.
        }
    }
}
