using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>The index follows the database: only published versions, only after the transaction commits.</summary>
public sealed class FreshnessTests(SearchFixture fixture) : PortalTest<SearchFixture>(fixture), IClassFixture<SearchFixture>
{
    [Fact]
    public async Task A_draft_is_never_found()
    {
        await Host.SearchUntilFoundAsync("padrón");

        await Host.PublishPageAsync("Huerto urbano", "huerto-urbano", "Las parcelas del zarzamoral se reparten por sorteo.", publish: false);

        Assert.Equal(0, (await Host.SearchAsync("zarzamoral")).Total);
        Assert.Equal(0, (await Host.SearchAsync("huerto urbano")).Total);
    }

    [Fact]
    public async Task A_new_draft_over_a_published_page_leaves_the_published_text_in_search()
    {
        await Host.SearchUntilFoundAsync("padrón");
        var page = await Host.PublishPageAsync("Piscina municipal", "piscina-municipal", "La piscina abre en junio con socorrista.");

        await Host.RunAsync(async (services, ct) =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var latest = await contents.GetAsync(page.ItemId, VersionOptions.Latest, ct);
            var result = await contents.UpdateAsync(
                page.ItemId,
                new PageContent { Title = "Piscina municipal", Summary = "Una página de prueba del buscador.", Slug = "piscina-municipal", Body = "La piscina abre en julio con hamacas." },
                latest!.ConcurrencyStamp,
                PortalHost.AdminUserName,
                cancellationToken: ct);
            Assert.True(result.Succeeded);
        });

        Assert.Equal(1, (await Host.SearchAsync("socorrista")).Total);
        Assert.Equal(0, (await Host.SearchAsync("hamacas")).Total);
    }

    [Fact]
    public async Task An_unpublished_page_disappears_and_a_republished_one_comes_back()
    {
        await Host.SearchUntilFoundAsync("padrón");
        var page = await Host.PublishPageAsync("Mercadillo", "mercadillo", "El mercadillo de los sábados se instala en la explanada del río.");
        Assert.Equal(1, (await Host.SearchAsync("mercadillo sabados")).Total);

        await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().UnpublishAsync(page.ItemId, PortalHost.AdminUserName, ct));
        Assert.Equal(0, (await Host.SearchAsync("mercadillo sabados")).Total);

        await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().PublishAsync(page.ItemId, PortalHost.AdminUserName, cancellationToken: ct));
        Assert.Equal(1, (await Host.SearchAsync("mercadillo sabados")).Total);
    }

    [Fact]
    public async Task A_removed_page_disappears()
    {
        await Host.SearchUntilFoundAsync("padrón");
        var page = await Host.PublishPageAsync("Banda de música", "banda-musica", "La banda ensaya los martes en el auditorio.");
        Assert.Equal(1, (await Host.SearchAsync("banda ensaya")).Total);

        await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().RemoveAsync(page.ItemId, PortalHost.AdminUserName, ct));

        Assert.Equal(0, (await Host.SearchAsync("banda ensaya")).Total);
    }

    [Fact]
    public async Task A_publication_rolled_back_never_reaches_the_index()
    {
        await Host.SearchUntilFoundAsync("padrón");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(
                PageContent.TypeName,
                new PageContent { Title = "Carrera popular", Summary = "Prueba.", Slug = "carrera-popular", Body = "La carrera popular sale del polideportivo." },
                PortalHost.AdminUserName,
                publish: true,
                cancellationToken: ct);
            Assert.True(result.Succeeded);
            throw new InvalidOperationException("The transaction fails after publishing.");
        }));

        Assert.Equal(0, (await Host.SearchAsync("carrera polideportivo")).Total);
    }
}
