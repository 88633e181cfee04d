using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Catalog;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Taxonomies.Terms;
using Portal.Testing;

namespace Portal.IntegrationTests.Catalog;

/// <summary>The shared rules and lists every citizen-facing type gets from the catalog, seen through a test type.</summary>
public sealed class CatalogTests(CatalogTests.GuideFixture fixture) : PortalTest<CatalogTests.GuideFixture>(fixture), IClassFixture<CatalogTests.GuideFixture>
{
    private const string Type = "guia-prueba";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Items_of_a_type_get_addresses_from_their_titles_that_never_clash()
    {
        var first = await SaveAsync(Guide("Pedir una cita con la trabajadora social", "servicios-sociales"), publish: true);
        var second = await SaveAsync(Guide("Pedir una cita con la trabajadora social", "servicios-sociales"), publish: true);

        Assert.Equal("pedir-una-cita-con-la-trabajadora-social", Slug(first));
        Assert.Equal("pedir-una-cita-con-la-trabajadora-social-2", Slug(second));
    }

    [Fact]
    public async Task A_chosen_address_another_item_holds_is_refused_on_the_address_field()
    {
        var guide = Guide("Solicitar el carné de la biblioteca", "cultura-y-deportes");
        guide.Common.Slug = "carne-biblioteca";
        await SaveAsync(guide, publish: true);

        var clash = Guide("Renovar el carné de la biblioteca", "cultura-y-deportes");
        clash.Common.Slug = "Carné biblioteca";
        var result = await Host.RunAsync((s, ct) => s.GetRequiredService<IContentManager>()
            .CreateAsync(Type, clash, PortalHost.AdminUserName, publish: false, cancellationToken: ct));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Common.Slug", error.Field);
        Assert.Equal("Ya hay otro contenido de este tipo con la dirección «carne-biblioteca»: elige otra.", error.Message);
    }

    [Fact]
    public async Task Publishing_applies_the_common_part_rules()
    {
        var incomplete = Guide("Inscribirse en los cursos de natación", "cultura-y-deportes");
        incomplete.Common.Summary = "";

        var result = await Host.RunAsync((s, ct) => s.GetRequiredService<IContentManager>()
            .CreateAsync(Type, incomplete, PortalHost.AdminUserName, publish: true, cancellationToken: ct));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "Common.Summary" && e.Message == "Falta el resumen: es obligatorio para publicar.");
    }

    [Fact]
    public async Task Lists_by_term_show_published_items_only_and_drop_them_when_unpublished()
    {
        var published = await SaveAsync(Guide("Pedir la tarjeta del autobús urbano", "trafico-y-movilidad"), publish: true);
        await SaveAsync(Guide("Borrador sobre el carril bici", "trafico-y-movilidad"), publish: false);
        await SaveAsync(Guide("Pedir una bolsa de compost", "medio-ambiente-y-residuos"), publish: true);

        var page = await ListAsync(new CatalogFilter(Type, Vocabularies.Topics, "trafico-y-movilidad"));
        var entry = Assert.Single(page.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal(published.ItemId, entry.ItemId);
        Assert.Equal("/guias/pedir-la-tarjeta-del-autobus-urbano", entry.Url);
        Assert.Equal("Pedir la tarjeta del autobús urbano", entry.Title);

        await Host.RunAsync((s, ct) => s.GetRequiredService<IContentManager>().UnpublishAsync(published.ItemId, PortalHost.AdminUserName, ct));

        Assert.Empty((await ListAsync(new CatalogFilter(Type, Vocabularies.Topics, "trafico-y-movilidad"))).Items);
    }

    private Task<CatalogPage> ListAsync(CatalogFilter filter) =>
        Host.RunAsync((s, ct) => s.GetRequiredService<CatalogQuery>().ListPublishedAsync(filter, 0, 10, ct));

    private Task<ContentItem> SaveAsync(TestGuide guide, bool publish) =>
        Host.RunAsync(async (s, ct) =>
        {
            var result = await s.GetRequiredService<IContentManager>().CreateAsync(Type, guide, PortalHost.AdminUserName, publish, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
            return result.Item!;
        });

    private string Slug(ContentItem item) =>
        Host.Services.GetRequiredService<IContentDefinitionStore>().Find(Type) is { } definition
            ? ((TestGuide)ContentSerializer.Deserialize(item.Data, definition.ModelType)).Common.Slug
            : throw new InvalidOperationException("The test type is not registered.");

    private static TestGuide Guide(string title, string topic) => new()
    {
        Common = new CommonPart { Title = title, Summary = "Qué necesitas y cómo hacerlo.", Topics = [topic] },
    };

    public sealed class TestGuide : ICitizenContent
    {
        public CommonPart Common { get; set; } = new();

        public SeoPart Seo { get; set; } = new();

        public SocialPart Social { get; set; } = new();

        public IEnumerable<ContentText> Texts() => [];
    }

    public sealed class GuideFixture : PortalFixture
    {
        protected override void Configure(PortalHost host)
        {
            base.Configure(host);
            host.WithServices(services =>
            {
                services.AddContentType<TestGuide>(Type, m => m.Common.Title, o => o.Path = ContentPath.AtSlug<TestGuide>("guias", m => m.Common.Slug));
            });
        }
    }
}
