using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Blog.Posts;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.IntegrationTests.Contents;
using Portal.IntegrationTests.Media;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>Blog posts ("entrada") from the admin form to "/blog/{slug}" and the "/blog" list.</summary>
public sealed class BlogTests(CitizenTypesFixture fixture) : PortalTest<CitizenTypesFixture>(fixture), IClassFixture<CitizenTypesFixture>
{
    private const string Type = "entrada";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishing_an_incomplete_post_names_each_missing_field_in_Spanish_and_keeps_what_was_typed()
    {
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type, [new("Edit.Common.Title", "Nuevo horario de la piscina"), new("Edit.AuthorUrl", "ftp://prensa")], "Publicar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var summary = ContentAdmin.Errors(html);
        Assert.Contains("Falta el texto de la entrada: es obligatorio para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta el autor: escribe el nombre de la persona o la unidad que firma la entrada.", summary, StringComparison.Ordinal);
        Assert.Contains("Temas: elige al menos un tema para publicar la entrada.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta el resumen: es obligatorio para publicar.", summary, StringComparison.Ordinal);
        Assert.Equal("Falta el texto de la entrada: es obligatorio para publicar.", ContentAdmin.FieldError(html, "Edit_Body"));
        Assert.Equal("Página del autor: escribe una dirección que empiece por https:// o una ruta de este sitio que empiece por /.", ContentAdmin.FieldError(html, "Edit_AuthorUrl"));
        Assert.Contains("value=\"Nuevo horario de la piscina\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nuevo horario de la piscina", (await Host.PublicAsync("/blog")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_post_shows_its_fields_open_graph_and_blog_posting()
    {
        var tramite = await Host.TramiteAsync("Pedir la ayuda municipal por nacimiento o adopción");
        var draftTramite = await Host.TramiteAsync("Borrador de trámite sin publicar", publish: false);
        var image = await Host.UploadAsync("familia.png", TestImages.Png(1600, 900));
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Abre el plazo de la ayuda por nacimiento", "Puedes pedirla hasta el 31 de marzo.", "servicios-sociales"),
            new("Edit.Body", "## Quién puede pedirla\n\nLas familias empadronadas."),
            new("Edit.AuthorName", "Oficina de prensa"),
            new("Edit.AuthorUrl", "/el-ayuntamiento"),
            new("Edit.AuthorIsOrganization", "true"),
            new("Edit.Kind", "Notice"),
            new("Edit.Image.AssetId", image.Id),
            new("Edit.Image.Alt", "Una madre y un padre con su bebé en brazos"),
            new("Edit.Tags", "ayudas, familias"),
            new("Edit.Actions", tramite),
            new("Edit.Actions", draftTramite),
            new("Edit.ValidUntil", CitizenTypesSetup.Today(30)),
        ], "Publicar");
        await ContentAdmin.ItemIdFromRedirectAsync(response);

        var (status, html) = await Host.PublicAsync("/blog/abre-el-plazo-de-la-ayuda-por-nacimiento");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Abre el plazo de la ayuda por nacimiento</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"blog-kind\">Aviso</p>", html, StringComparison.Ordinal);
        Assert.Contains("Puedes pedirla hasta el 31 de marzo.", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Quién puede pedirla</h2>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/el-ayuntamiento\" rel=\"author\">Oficina de prensa</a>", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Una madre y un padre con su bebé en brazos\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Imagen: Ayuntamiento de Villanueva del Río", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tramites/pedir-la-ayuda-municipal-por-nacimiento-o-adopcion\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Borrador de trámite sin publicar", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Plazo cerrado", html, StringComparison.Ordinal);

        Assert.Equal("article", CitizenTypesSetup.Meta(html, "og:type"));
        Assert.EndsWith("/blog/abre-el-plazo-de-la-ayuda-por-nacimiento", CitizenTypesSetup.Meta(html, "og:url"), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", CitizenTypesSetup.Meta(html, "article:published_time"));
        Assert.NotEmpty(CitizenTypesSetup.Meta(html, "article:modified_time"));
        Assert.Equal("Servicios sociales", CitizenTypesSetup.Meta(html, "article:section"));
        Assert.Contains("<meta property=\"article:tag\" content=\"familias\">", html, StringComparison.Ordinal);
        Assert.EndsWith("/social.jpg", CitizenTypesSetup.Meta(html, "og:image"), StringComparison.Ordinal);

        var page = Assert.Single(CitizenTypesSetup.JsonLd(html), j => (string?)j["@type"] == "WebPage");
        Assert.Equal(3, page["breadcrumb"]!["itemListElement"]!.AsArray().Count);
        Assert.NotNull(page["lastReviewed"]);
        var posting = page["mainEntity"]!.AsObject();
        Assert.Equal("BlogPosting", (string?)posting["@type"]);
        Assert.Equal("Abre el plazo de la ayuda por nacimiento", (string?)posting["headline"]);
        Assert.Equal("Organization", (string?)posting["author"]!["@type"]);
        Assert.Equal("Oficina de prensa", (string?)posting["author"]!["name"]);
        Assert.EndsWith("/el-ayuntamiento", (string?)posting["author"]!["url"], StringComparison.Ordinal);
        Assert.NotNull(posting["datePublished"]);
        Assert.Equal(2, posting["image"]!.AsArray().Count);
        Assert.Contains("ayudas", posting["keywords"]!.AsArray().Select(k => (string?)k));
    }

    [Fact]
    public async Task A_post_past_its_valid_until_date_says_the_period_is_closed()
    {
        await PublishAsync("Se cierra el plazo de las becas de comedor", validUntil: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));

        var (status, html) = await Host.PublicAsync("/blog/se-cierra-el-plazo-de-las-becas-de-comedor");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<strong>Plazo cerrado.</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_ten_posts_a_page_newest_first_and_refuses_pages_past_the_end()
    {
        for (var i = 1; i <= 11; i++)
        {
            await PublishAsync($"Noticia de prueba número {i}");
        }

        var (status, first) = await Host.PublicAsync("/blog");
        var (secondStatus, second) = await Host.PublicAsync("/blog?pagina=2");
        var (pastStatus, _) = await Host.PublicAsync("/blog?pagina=99");

        Assert.Equal(HttpStatusCode.OK, status);
        var titles = Regex.Matches(first, "<h2><a href=\"/blog/[^\"]+\">([^<]+)</a></h2>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Equal("Noticia de prueba número 11", titles[0]);
        Assert.Contains("href=\"/blog?pagina=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pastStatus);
    }

    [Fact]
    public async Task The_editor_sets_the_search_title_and_description_and_each_networks_text()
    {
        const string Mastodon = "La piscina abre el sábado: consulta horarios y precios.";
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("La piscina municipal abre el sábado", "Abre el sábado con horario de verano."),
            new("Edit.Body", "La piscina abre de 11:00 a 20:00."),
            new("Edit.AuthorName", "Oficina de prensa"),
            .. SeoAndSocialForm.Fields("Piscina municipal: horario de verano", "Horario y precios de la piscina en verano.", Mastodon),
        ], "Publicar");
        var itemId = await ContentAdmin.ItemIdFromRedirectAsync(response);

        await SeoAndSocialForm.AssertHeadAsync(Host, "/blog/la-piscina-municipal-abre-el-sabado", "Piscina municipal: horario de verano", "Horario y precios de la piscina en verano.");
        await SeoAndSocialForm.AssertStoredMastodonTextAsync(Host, itemId, Mastodon);
    }

    [Fact]
    public async Task Invalid_seo_and_social_values_are_refused_next_to_their_fields_and_kept_as_typed()
    {
        const string Mastodon = "Texto para Mastodon que no debe perderse.";
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type, [new("Edit.Common.Title", "Entrada con errores"), .. SeoAndSocialForm.InvalidFields(Mastodon)], "Guardar borrador");

        await SeoAndSocialForm.AssertRefusedAsync(response, Mastodon);
    }

    private Task PublishAsync(string title, DateOnly? validUntil = null) =>
        Host.RunAsync(async (s, ct) =>
        {
            var post = new BlogPost
            {
                Common = new CommonPart { Title = title, Summary = "Lo que cambia para ti.", Topics = ["participacion-ciudadana"] },
                Body = "Texto de la noticia.",
                Author = new PostAuthor { Name = "Oficina de prensa" },
                ValidUntil = validUntil,
            };
            var result = await s.GetRequiredService<IContentManager>().CreateAsync(BlogPost.TypeName, post, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        });
}
