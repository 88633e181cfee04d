using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Features;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>Two fresh sites: the fixture's own (the source) and <see cref="Target"/>.</summary>
public sealed class TwoSitesFixture : RecipeSiteFixture
{
    public RecipeSiteFixture Target { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Target.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class RecipeRoundTripTests(TwoSitesFixture fixture) : PortalTest<TwoSitesFixture>(fixture), IClassFixture<TwoSitesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_then_import_into_an_empty_site_gives_the_same_content_settings_and_features()
    {
        var removedId = await Host.RunAsync(FillSourceAsync);
        var source = await Host.VisibleContentAsync();
        Assert.Equal(4, source.Count);

        using var sourceClient = await Host.SignedInClientAsync();
        var before = DateTime.UtcNow;
        using var download = await sourceClient.GetAsync(RecipeTestSite.ImportPath + "?handler=Export", Ct);
        var after = DateTime.UtcNow;
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var fileName = download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName;
        Assert.Contains(fileName, new[] { before, after }.Select(d => $"portal-export-{d:yyyyMMdd}.recipe.json"));
        var recipe = await download.Content.ReadAsStringAsync(Ct);
        Assert.Contains("$${nombre}", recipe, StringComparison.Ordinal);

        var target = Fixture.Target.Host;
        Assert.Empty(await target.VisibleContentAsync());
        using var targetClient = await target.SignedInClientAsync();
        using var upload = await targetClient.UploadRecipeAsync(recipe, fileName!);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(RecipeTestSite.ImportPath, upload.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await targetClient.GetStringAsync(RecipeTestSite.ImportPath, Ct));
        Assert.Contains("Receta «portal-export» importada: 6 pasos aplicados (settings, features, roles, taxonomies, content, inbox).", page, StringComparison.Ordinal);

        Assert.Equal(source, await target.VisibleContentAsync());
        Assert.DoesNotContain(removedId, (await target.VisibleContentAsync()).Keys);
        var sourceSettings = await Host.Services.GetRequiredService<ISiteSettingsStore>().GetAllRawAsync(Ct);
        Assert.Equal(sourceSettings, await target.Services.GetRequiredService<ISiteSettingsStore>().GetAllRawAsync(Ct));
        Assert.Contains("Sitio de origen", sourceSettings["SiteOptions"], StringComparison.Ordinal);
        Assert.False(target.Services.GetRequiredService<IFeatureManager>().IsEnabled("Contents"));
        Assert.True(target.Services.GetRequiredService<IFeatureManager>().IsEnabled("Recipes"));
        Assert.Empty(Fixture.Target.Logs.Records);
    }

    /// <summary>Published, draft, draft over published, unpublished and removed items; settings and a switched-off feature.</summary>
    private static async Task<string> FillSourceAsync(IServiceProvider services, CancellationToken ct)
    {
        var content = services.GetRequiredService<IContentManager>();
        Assert.True((await content.CreateAsync("test", new TestModel { Title = "Horario de verano", Body = "De 8:00 a 14:00. Cita previa: «010».", Views = 3, Tags = ["horarios", "verano"] }, "ana", publish: true, cancellationToken: ct)).Succeeded);
        Assert.True((await content.CreateAsync("test", new TestModel { Title = "Borrador: fiestas patronales", Body = "Plantilla con ${nombre} y $${otra}, tal cual." }, "ana", cancellationToken: ct)).Succeeded);

        var padron = await content.CreateAsync("test", new TestModel { Title = "Empadronamiento", Views = 10 }, "ana", publish: true, cancellationToken: ct);
        Assert.True((await content.UpdateAsync(padron.Item!.ItemId, new TestModel { Title = "Empadronamiento (nueva versión)", Tags = ["padrón"] }, padron.Item.ConcurrencyStamp, "luis", cancellationToken: ct)).Succeeded);

        var withdrawn = await content.CreateAsync("test", new TestModel { Title = "Aviso retirado" }, "ana", publish: true, cancellationToken: ct);
        Assert.True((await content.UnpublishAsync(withdrawn.Item!.ItemId, "ana", ct)).Succeeded);

        var removed = await content.CreateAsync("test", new TestModel { Title = "Eliminado" }, "ana", publish: true, cancellationToken: ct);
        Assert.True((await content.RemoveAsync(removed.Item!.ItemId, "ana", ct)).Succeeded);

        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var store = services.GetRequiredService<ISiteSettingsStore>();
        var site = await store.GetAsync<SiteOptions>(ct);
        site.SiteName = "Sitio de origen";
        site.Tagline = null;
        await store.SaveAsync(unitOfWork, site, ct);
        await store.SaveRawAsync(unitOfWork, "Prueba.Ajustes", """{"color":"azul","plantilla":"${sin sustituir}"}""", ct);
        await services.GetRequiredService<IFeatureManager>().SetEnabledAsync(unitOfWork, "Contents", false, ct);
        return removed.Item.ItemId;
    }
}
