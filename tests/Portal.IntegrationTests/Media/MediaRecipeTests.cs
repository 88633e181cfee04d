using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>The recipe step "media": fixed ids, files next to the recipe or inline, the upload checks, all or nothing.</summary>
public sealed class MediaRecipeTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>, IDisposable
{
    private const string HostileSvg = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="alert(1)"><script>alert(2)</script><rect width="40" height="20"/></svg>""";

    private readonly string _folder = Directory.CreateTempSubdirectory("portal-media-recipe-").FullName;

    [Fact]
    public async Task A_server_recipe_adds_files_next_to_it_under_fixed_ids_sanitized_and_running_it_again_changes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "media"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "media", "infografia-padron.svg"), HostileSvg, TestContext.Current.CancellationToken);
        var recipe = WriteRecipe(Asset("infografia-padron", "path", "media/infografia-padron.svg"));

        var first = await RunFileAsync(recipe);
        var stored = await FindAsync("infografia-padron");
        var second = await RunFileAsync(recipe);
        var again = await FindAsync("infografia-padron");

        Assert.True(first.Succeeded, Describe(first));
        Assert.True(second.Succeeded, Describe(second));
        Assert.Equal((MediaKind.Svg, "infografia-padron.svg", "Cómo empadronarse, en cuatro pasos", "Concello", "CC BY 4.0"),
            (stored!.Kind, stored.FileName, stored.AltText, stored.Credit, stored.Licence));
        Assert.Equal(["padron"], stored.Tags.Select(t => t.Name));
        var svg = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(Fixture.MediaFolder, stored.StorageKey), TestContext.Current.CancellationToken));
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((stored.StorageKey, stored.Hash, stored.ModifiedUtc), (again!.StorageKey, again.Hash, again.ModifiedUtc));
    }

    [Fact]
    public async Task An_uploaded_recipe_may_not_name_files_but_may_carry_them_inline()
    {
        var withPath = Recipe(Asset("escudo-archivo", "path", "media/escudo.png"));
        var inline = Recipe(Asset("escudo-inline", "base64", Convert.ToBase64String(TestImages.Png(16, 16)), fileName: "escudo.png"));

        var refused = await RunUploadedAsync(withPath);
        var accepted = await RunUploadedAsync(inline);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("media", "$.assets[0].path"), (error.StepName, error.Path));
        Assert.Equal("El archivo «escudo-archivo» usa «path», pero una receta subida desde la administración no tiene carpeta: ponga el contenido en «base64» con «fileName».", error.Message);
        Assert.True(accepted.Succeeded, Describe(accepted));
        Assert.Equal(MediaKind.Png, (await FindAsync("escudo-inline"))!.Kind);
    }

    [Fact]
    public async Task A_refused_file_or_a_bad_id_stops_the_whole_recipe_before_anything_is_written()
    {
        var before = Fixture.StoredFiles();
        var recipe = Recipe(
            Asset("plano-bueno", "base64", Convert.ToBase64String(TestImages.Png(8, 8)), fileName: "plano-bueno.png"),
            Asset("plano-bomba", "base64", Convert.ToBase64String(TestImages.PngBomb(20_000, 20_000)), fileName: "plano.png"),
            Asset("Plano_Mal", "base64", Convert.ToBase64String(TestImages.Png(8, 8)), fileName: "mal.png"));

        var result = await RunUploadedAsync(recipe);

        Assert.Equal(
            [
                ("$.assets[1]", "No se ha guardado «plano-bomba»: la imagen mide 20000 × 20000 píxeles y supera el máximo de 50 megapíxeles."),
                ("$.assets[2].id", "El identificador «Plano_Mal» no vale: use de 2 a 26 minúsculas sin tilde, cifras o guiones."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
        Assert.All(result.Errors, e => Assert.Equal("media", e.StepName));
        Assert.Null(await FindAsync("plano-bueno"));
        Assert.Equal(before, Fixture.StoredFiles());
    }

    [Fact]
    public async Task Files_stored_by_a_recipe_that_then_rolls_back_are_removed()
    {
        ExpectLog(r => r.Message.Contains("failed at step", StringComparison.Ordinal));
        var before = Fixture.StoredFiles();
        var recipe = Recipe(
            Asset("cartel-guardado", "base64", Convert.ToBase64String(TestImages.Png(8, 8)), fileName: "cartel.png"),
            Asset("cartel-que-falla", "base64", Convert.ToBase64String(TestImages.Png(9, 9)), fileName: FailingMediaInsert.FileName));

        var result = await RunUploadedAsync(recipe);

        Assert.False(result.Succeeded);
        Assert.Null(await FindAsync("cartel-guardado"));
        Assert.Equal(before, Fixture.StoredFiles());
    }

    [Fact]
    public async Task An_upload_whose_unit_of_work_fails_afterwards_leaves_no_file()
    {
        var before = Fixture.StoredFiles();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.RunAsync(async (services, ct) =>
        {
            var uploaded = await services.GetRequiredService<IMediaLibrary>().UploadAsync(new MediaUpload("bando.png", new MemoryStream(TestImages.Png(8, 8)), "admin"), ct);
            Assert.True(uploaded.Succeeded);
            Assert.NotEqual(before, Fixture.StoredFiles());
            throw new InvalidOperationException("Something after the upload failed.");
        }));

        Assert.Equal(before, Fixture.StoredFiles());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Asset(string id, string source, string value, string? fileName = null)
    {
        var asset = new JsonObject { ["id"] = id, [source] = value };
        if (fileName is not null)
        {
            asset["fileName"] = fileName;
        }

        asset["alt"] = "Cómo empadronarse, en cuatro pasos";
        asset["credit"] = "Concello";
        asset["licence"] = "CC BY 4.0";
        asset["tags"] = new JsonArray("padron");
        return asset;
    }

    private static string Recipe(params JsonObject[] assets) => new JsonObject
    {
        ["name"] = "medios-prueba",
        ["displayName"] = "Medios de prueba",
        ["description"] = "Archivos para las pruebas.",
        ["author"] = "Portal",
        ["version"] = "1.0.0",
        ["steps"] = new JsonArray(new JsonObject { ["name"] = "media", ["assets"] = new JsonArray([.. assets]) }),
    }.ToJsonString();

    private string WriteRecipe(params JsonObject[] assets)
    {
        var path = Path.Combine(_folder, "medios.recipe.json");
        File.WriteAllText(path, Recipe(assets));
        return path;
    }

    private Task<RecipeResult> RunFileAsync(string path) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(path, "admin", ct));

    private Task<RecipeResult> RunUploadedAsync(string json) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, "admin", RecipeOrigin.Upload, ct));

    private Task<MediaAsset?> FindAsync(string id) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MediaAsset>().Include(a => a.Tags).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct));

    private string Describe(RecipeResult result)
    {
        var S = Host.Services.GetRequiredService<IStringLocalizer<CoreResources>>();
        return string.Join("; ", result.Errors.Select(e => e.Describe(S)));
    }
}
