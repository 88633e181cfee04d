using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Media;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>A site whose packages may unpack to 1 MB and hold 5 entries at most, so a zip bomb stays small.</summary>
public sealed class SmallPackagesFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Recipes:Package:MaxMegabytes", "1");
        host.With("Portal:Recipes:Package:MaxEntries", "5");
    }
}

/// <summary>Packages refused through the admin form: a Spanish reason, status 200 on the form, and nothing written.</summary>
public sealed class RecipePackageRefusalTests(SmallPackagesFixture fixture) : PortalTest<SmallPackagesFixture>(fixture), IClassFixture<SmallPackagesFixture>
{
    private static readonly string Renaming = Recipe(new { name = "settings", SiteOptions = new { siteName = "Sitio cambiado por el paquete" } });

    [Fact]
    public async Task An_entry_that_climbs_out_or_is_absolute_refuses_the_package()
    {
        var page = await RefusedAsync(Zip(("recipe.json", Renaming), ("../../fuera.txt", "hola"), ("/tmp/absoluta.txt", "hola"), ("media\\barra.txt", "hola")));

        Assert.Contains("../../fuera.txt: La entrada «../../fuera.txt» no es una ruta relativa dentro del paquete", page, StringComparison.Ordinal);
        Assert.Contains("La entrada «/tmp/absoluta.txt» no es una ruta relativa", page, StringComparison.Ordinal);
        Assert.Contains("La entrada «media\\barra.txt» no es una ruta relativa", page, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Fixture.AppDataPath, "..", "fuera.txt")));
    }

    [Fact]
    public async Task A_recipe_naming_media_the_package_lacks_is_refused_naming_each_missing_file()
    {
        var recipe = Recipe(
            new { name = "settings", SiteOptions = new { siteName = "Sitio cambiado por el paquete" } },
            new
            {
                name = "media",
                assets = new[]
                {
                    new { id = "escudo-villa", path = "media/es/escudo-villa/escudo.png", fileName = "escudo.png" },
                    new { id = "plano-centro", path = "media/pl/plano-centro/plano.png", fileName = "plano.png" },
                },
            });

        var page = await RefusedAsync(Zip(("recipe.json", recipe), ("media/es/escudo-villa/escudo.png", TestImages.Png(8, 8))));

        Assert.Contains("Paso 2 («media»), $.assets[1].path: Falta el archivo «media/pl/plano-centro/plano.png»: no está junto a la receta ni en su paquete.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("escudo.png»: no está", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_that_unpacks_beyond_the_limits_is_refused()
    {
        var bomb = await RefusedAsync(Zip(("recipe.json", Renaming), ("media/relleno.bin", new byte[3 * 1024 * 1024])));
        var crowded = await RefusedAsync(Zip([("recipe.json", Renaming), .. Enumerable.Range(1, 5).Select(i => ($"media/{i}.txt", (object)"hola"))]));

        Assert.Contains("El paquete ocupa más de 1 MB descomprimido, el máximo que admite este sitio.", bomb, StringComparison.Ordinal);
        Assert.Contains("El paquete tiene 6 entradas y el máximo es 5.", crowded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_recipe_or_a_file_that_is_no_zip_is_refused_saying_where()
    {
        var malformed = await RefusedAsync(Zip(("recipe.json", "{\n  \"name\": \"roto\",\n  \"steps\": [ }\n")));
        var notZip = await RefusedAsync(Encoding.UTF8.GetBytes("esto no es un zip"));
        var noRecipe = await RefusedAsync(Zip(("receta.json", Renaming)));

        Assert.Contains("El archivo no es JSON válido: revisa la línea 3,", malformed, StringComparison.Ordinal);
        Assert.Contains("El archivo no es un paquete .zip válido o está dañado", notZip, StringComparison.Ordinal);
        Assert.Contains("El paquete no trae «recipe.json» en su raíz", noRecipe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_bringing_another_file_under_an_id_the_site_uses_is_refused_and_the_site_keeps_its_file()
    {
        var existing = await Host.RunAsync((s, ct) => s.GetRequiredService<IMediaLibrary>().ImportAsync("logo-villa", new MediaUpload("logo.png", new MemoryStream(TestImages.Png(10, 10)), "admin"), ct));
        Assert.True(existing.Succeeded, existing.Error);
        var other = TestImages.Png(20, 20);
        var recipe = Recipe(new
        {
            name = "media",
            assets = new[] { new { id = "logo-villa", path = "media/lo/logo-villa/otro.png", fileName = "otro.png", hash = Convert.ToHexStringLower(SHA256.HashData(other)) } },
        });

        var page = await RefusedAsync(Zip(("recipe.json", recipe), ("media/lo/logo-villa/otro.png", other)));

        Assert.Contains("$.assets[0].hash: Este sitio ya tiene otro archivo con el identificador «logo-villa» («logo.png»)", page, StringComparison.Ordinal);
        var kept = await Host.RunAsync((s, ct) => s.GetRequiredService<PortalDbContext>().Set<MediaAsset>().AsNoTracking().SingleAsync(a => a.Id == "logo-villa", ct));
        Assert.Equal(existing.Asset!.Hash, kept.Hash);
    }

    /// <summary>Uploads the package, checks it was refused, and that the database and the stored files are as before.</summary>
    /// <returns>The page's text.</returns>
    private async Task<string> RefusedAsync(byte[] package)
    {
        var before = await StateAsync();
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.UploadPackageAsync(package);

        var page = await response.RefusedPageAsync();
        Assert.Contains("No se ha importado nada", page, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
        return page;
    }

    /// <summary>The tables recipes write, the media rows, and every file under media and the packages' working folder.</summary>
    private async Task<string> StateAsync()
    {
        var rows = await Host.SnapshotAsync();
        var assets = await Host.RunAsync((s, ct) => s.GetRequiredService<PortalDbContext>().Set<MediaAsset>().AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + " " + a.Hash).ToListAsync(ct));
        var files = new[] { "media", "recipe-packages" }.Select(f => Path.Combine(Fixture.AppDataPath, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.GetFileSystemEntries(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Fixture.AppDataPath, f)).Order(StringComparer.Ordinal);
        return string.Join('\n', [rows, .. assets, .. files]);
    }

    private static string Recipe(params object[] steps) => JsonSerializer.Serialize(new { name = "paquete-de-prueba", steps });

    private static byte[] Zip(params (string Name, object Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content as byte[] ?? Encoding.UTF8.GetBytes((string)content));
            }
        }

        return buffer.ToArray();
    }
}
