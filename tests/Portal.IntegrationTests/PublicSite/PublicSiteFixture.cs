using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.PublicSite.Home;
using Portal.Testing;

namespace Portal.IntegrationTests.PublicSite;

/// <summary>
/// A site with trámites and blog posts (test stand-ins under the real type names), filed under topics and life
/// events, one trámite only in draft, and two trámites featured on the home page.
/// </summary>
public sealed class PublicSiteFixture : PortalFixture
{
    public const string BaseUrl = "https://www.villaprueba.test";

    public ContentItem Padron { get; private set; } = null!;

    public ContentItem Empleo { get; private set; } = null!;

    public ContentItem Vado { get; private set; } = null!;

    public ContentItem Post { get; private set; } = null!;

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithCitizenTestTypes("tramite", "entrada").With("Portal:Site:BaseUrl", BaseUrl);
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.SaveSettingsAsync(new SiteOptions { SiteName = "Villaprueba en línea", Organization = "Ayuntamiento de Villaprueba", Tagline = "Trámites y noticias." });
        Padron = await Host.PublishCitizenItemAsync("tramite", "Empadronarse en Villaprueba", ["padron-y-censo"], ["cambiar-de-domicilio"], "tramite-empadronamiento");
        Empleo = await Host.PublishCitizenItemAsync("tramite", "Apuntarse en la bolsa de empleo", ["empleo"], ["buscar-empleo"], "tramite-demandante-empleo");
        await Host.PublishCitizenItemAsync("tramite", "Borrador de ayudas a la contratación", ["empleo"], publish: false);
        Vado = await Host.PublishCitizenItemAsync("tramite", "Pedir un vado", ["trafico-y-movilidad"]);
        Post = await Host.PublishCitizenItemAsync("entrada", "Nueva feria de empleo en marzo", ["empleo"]);
        await Host.SaveSettingsAsync(new HomeOptions { FeaturedItemIds = ["tramite-demandante-empleo", "tramite-empadronamiento"] });
    }
}
