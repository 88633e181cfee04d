using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Users;
using Portal.Taxonomies.Terms;
using Portal.Testing;

namespace Portal.IntegrationTests.Taxonomies;

public sealed class TaxonomyAdminTests(TaxonomyFixture fixture) : PortalTest<TaxonomyFixture>(fixture), IClassFixture<TaxonomyFixture>
{
    private const string Index = "/admin/taxonomias";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_three_vocabularies_are_listed_with_the_recipes_terms_in_order()
    {
        using var admin = await Host.SignedInClientAsync();

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Index, Ct));

        Assert.Contains("<h2 id=\"temas-title\">Temas</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"hechos-vitales-title\">Hechos vitales</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"destinatarios-title\">Destinatarios</h2>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Padrón y censo", StringComparison.Ordinal) < page.IndexOf("Participación ciudadana", StringComparison.Ordinal));
        // Other tests of the class add audiences of their own, before or after this one runs.
        string[] recipes = ["persona", "empresa", "asociacion"];
        Assert.Equal(recipes, (await Host.TermsAsync(Vocabularies.Audiences)).Select(t => t.Slug).Where(recipes.Contains));
    }

    [Fact]
    public async Task Editors_manage_terms_and_authors_may_not()
    {
        await Host.CreateUserAsync("tax-editor", "Editor");
        await Host.CreateUserAsync("tax-author", "Author");
        using var editor = await Host.SignedInClientAsync("tax-editor", TestUsers.Password);
        using var author = await Host.SignedInClientAsync("tax-author", TestUsers.Password);

        using var allowed = await editor.GetAsync(Index, Ct);
        using var refused = await author.GetAsync(Index, Ct);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("/admin/acceso-denegado", refused.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_term_is_listed_and_reaches_the_store_at_once()
    {
        using var admin = await Host.SignedInClientAsync();
        await Host.TermsAsync(Vocabularies.Topics);

        using var response = await admin.PostFormAsync("/admin/taxonomias/temas/nuevo", Fields("turismo", "Turismo", "Oficina de turismo y visitas guiadas.", "T-01"));

        Assert.Equal(Index + "#temas", response.RedirectPath());
        var term = await Host.TermAsync(Vocabularies.Topics, "turismo");
        Assert.Equal(("Turismo", "Oficina de turismo y visitas guiadas.", "T-01"), (term.Name, term.Description, term.SiaCode));
        Assert.Equal("turismo", (await Host.TermsAsync(Vocabularies.Topics))[^1].Slug);
        Assert.Contains("Turismo", await admin.GetStringAsync(Index, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_or_malformed_slug_is_refused_in_Spanish_and_keeps_what_was_typed()
    {
        using var admin = await Host.SignedInClientAsync();
        var before = await Host.TermsAsync(Vocabularies.Topics);

        using var taken = await admin.PostFormAsync("/admin/taxonomias/temas/nuevo", Fields("empleo", "Empleo joven", null, null));
        using var malformed = await admin.PostFormAsync("/admin/taxonomias/temas/nuevo", Fields("Empleo Joven", "", null, null));
        var takenPage = WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync(Ct));
        var malformedPage = WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Ya hay un término con el identificador «empleo» en esta lista.", takenPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Empleo joven\"", takenPage, StringComparison.Ordinal);
        Assert.Contains("Escribe el nombre.", malformedPage, StringComparison.Ordinal);
        Assert.Equal(before, await Host.TermsAsync(Vocabularies.Topics));
    }

    [Fact]
    public async Task Renaming_a_term_keeps_its_slug_and_place()
    {
        using var admin = await Host.SignedInClientAsync();
        var term = await Host.TermAsync(Vocabularies.LifeEvents, "jubilarse");

        using var response = await admin.PostFormAsync($"/admin/taxonomias/terminos/{term.Id}", Fields("jubilarse", "Jubilarse o prejubilarse", "Pensiones y ayudas.", null));

        Assert.Equal(Index + "#hechos-vitales", response.RedirectPath());
        var renamed = await Host.TermAsync(Vocabularies.LifeEvents, "jubilarse");
        Assert.Equal(term with { Name = "Jubilarse o prejubilarse", Description = "Pensiones y ayudas." }, renamed);
    }

    [Fact]
    public async Task Moving_a_term_swaps_it_with_its_neighbour()
    {
        using var admin = await Host.SignedInClientAsync();
        foreach (var slug in new[] { "orden-a", "orden-b", "orden-c" })
        {
            using var created = await admin.PostFormAsync("/admin/taxonomias/destinatarios/nuevo", Fields(slug, slug.ToUpperInvariant(), null, null));
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var c = await Host.TermAsync(Vocabularies.Audiences, "orden-c");
        using var up = await admin.PostFormAsync(Index, [new("id", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("offset", "-1")], Index + "?handler=Move");
        var a = await Host.TermAsync(Vocabularies.Audiences, "orden-a");
        using var down = await admin.PostFormAsync(Index, [new("id", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("offset", "1")], Index + "?handler=Move");

        Assert.Equal(Index + "#destinatarios", up.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        var order = (await Host.TermsAsync(Vocabularies.Audiences)).Select(t => t.Slug).Where(s => s.StartsWith("orden-", StringComparison.Ordinal));
        Assert.Equal(["orden-c", "orden-a", "orden-b"], order);
        Assert.Equal(Enumerable.Range(0, (await Host.TermsAsync(Vocabularies.Audiences)).Count), (await Host.TermsAsync(Vocabularies.Audiences)).Select(t => t.Position));
    }

    [Fact]
    public async Task A_term_in_use_cannot_be_deleted_nor_change_its_slug_and_the_page_says_where_it_is_used()
    {
        using var admin = await Host.SignedInClientAsync();
        var usages = Host.Services.GetRequiredService<TestTermUsages>();
        var term = await Host.TermAsync(Vocabularies.Topics, "vivienda");
        usages.Use(Vocabularies.Topics, "vivienda", new TermUsage("Solicitar una vivienda protegida", "/admin/contenidos/guia-vivienda"));

        using var delete = await admin.PostFormAsync($"/admin/taxonomias/terminos/{term.Id}/eliminar", []);
        using var reslug = await admin.PostFormAsync($"/admin/taxonomias/terminos/{term.Id}", Fields("vivienda-y-alquiler", "Vivienda", null, null));
        var deletePage = WebUtility.HtmlDecode(await delete.Content.ReadAsStringAsync(Ct));
        var reslugPage = WebUtility.HtmlDecode(await reslug.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("No se puede eliminar «Vivienda» porque hay contenidos que lo usan (1).", deletePage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/contenidos/guia-vivienda\">Solicitar una vivienda protegida</a>", deletePage, StringComparison.Ordinal);
        Assert.Contains("No se puede cambiar el identificador «vivienda» porque hay contenidos que usan este término.", reslugPage, StringComparison.Ordinal);
        Assert.Equal(term, await Host.TermAsync(Vocabularies.Topics, "vivienda"));

        usages.Release(Vocabularies.Topics, "vivienda");
        using var deleted = await admin.PostFormAsync($"/admin/taxonomias/terminos/{term.Id}/eliminar", []);

        Assert.Equal(Index + "#temas", deleted.RedirectPath());
        var topics = await Host.TermsAsync(Vocabularies.Topics);
        Assert.DoesNotContain(topics, t => t.Slug == "vivienda");
        Assert.Equal(Enumerable.Range(0, topics.Count), topics.Select(t => t.Position));
    }

    private static KeyValuePair<string, string>[] Fields(string slug, string name, string? description, string? siaCode) =>
    [
        new("Input.Slug", slug),
        new("Input.Name", name),
        new("Input.Description", description ?? ""),
        new("Input.SiaCode", siaCode ?? ""),
    ];
}
