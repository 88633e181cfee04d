using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>Each bad recipe is refused through the admin page with a Spanish message, and the tables do not change.</summary>
public sealed class MalformedRecipeTests(RecipeSiteFixture fixture) : PortalTest<RecipeSiteFixture>(fixture), IClassFixture<RecipeSiteFixture>
{
    private const string Invalid = "No se ha importado nada: la receta tiene errores.";
    private const string RolledBack = "No se ha importado nada: un paso ha fallado al aplicarse y se han deshecho todos los cambios.";

    [Fact]
    public async Task A_syntax_error_gives_the_line_and_position()
    {
        const string recipe = "{\n  \"name\": \"rota\",\n  \"steps\": [\n    { \"name\": \"settings\" \n  ]\n}";

        var page = await RefusedAsync(recipe);

        Assert.Contains(Invalid, page, StringComparison.Ordinal);
        Assert.Contains("$: El archivo no es JSON válido: revisa la línea 5, posición 3.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_step_is_refused_by_name()
    {
        var page = await RefusedAsync(FourSteps("""{ "name": "menus", "items": [] }"""));

        Assert.Contains(Invalid, page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («menus»), $.name: El paso «menus» no existe. Pasos disponibles: channels, content, features, inbox, media, roles, settings, taxonomies.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_data_in_step_3_of_4_is_refused_before_anything_is_written()
    {
        var page = await RefusedAsync(FourSteps(Content(
            """{ "itemId": "valido-1", "contentType": "test", "published": true, "data": { "title": "Válido" } }""",
            """{ "itemId": "malo-1", "contentType": "test", "published": true, "data": { "title": 5 } }""")));

        Assert.Contains(Invalid, page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[1].data.title: Los datos no encajan con el tipo «test»: revisa el nombre de la propiedad y el tipo de dato.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_step_is_validated_and_all_errors_are_listed()
    {
        var recipe = $$"""
            {
              "name": "rota",
              "steps": [
                { "name": "settings", "SiteOptions": { "siteName": null } },
                { "name": "features", "enable": ["NoExiste"], "disable": ["Admin"] },
                {{Content("""{ "itemId": "con espacios", "contentType": "noticia", "published": "sí", "data": {} }""")}}
              ]
            }
            """;

        var page = await RefusedAsync(recipe);

        Assert.Contains("Paso 1 («settings»), $.SiteOptions.siteName: El valor no encaja con los ajustes «SiteOptions»", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («features»), $.enable[0]: La funcionalidad «NoExiste» no existe.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («features»), $.disable[0]: La funcionalidad «Admin» está siempre activa y no se puede desactivar.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[0].itemId: El identificador «con espacios» no es válido", page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[0].contentType: El tipo de contenido «noticia» no existe.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[0].published: «published» debe ser true o false.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_refusing_an_item_in_step_3_of_4_undoes_the_steps_before_it()
    {
        var page = await RefusedAsync(FourSteps(Content(
            """{ "itemId": "nuevo-1", "contentType": "test", "published": true, "data": { "title": "Se crea y se deshace" } }""",
            """{ "itemId": "nuevo-2", "contentType": "test", "published": true, "data": { "title": "RECHAZAR" } }""")));

        Assert.Contains(RolledBack, page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[1].data.title: El contenido «nuevo-2» no se ha podido guardar: " + RefusingHandler.Message, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_taken_by_a_removed_item_fails_the_step_and_undoes_the_steps_before_it()
    {
        await Host.RunAsync(async (services, ct) =>
        {
            var content = services.GetRequiredService<IContentManager>();
            Assert.True((await content.CreateAsync("test", new TestModel { Title = "Retirado" }, "ana", publish: true, itemId: "retirado-1", cancellationToken: ct)).Succeeded);
            Assert.True((await content.RemoveAsync("retirado-1", "ana", ct)).Succeeded);
        });

        var page = await RefusedAsync(FourSteps(Content(
            """{ "itemId": "nuevo-3", "contentType": "test", "published": false, "data": { "title": "Se crea y se deshace" } }""",
            """{ "itemId": "retirado-1", "contentType": "test", "published": true, "data": { "title": "Otra vez" } }""")));

        Assert.Contains(RolledBack, page, StringComparison.Ordinal);
        Assert.Contains("Paso 3 («content»), $.items[1].data: El contenido «retirado-1» no se ha podido guardar: Ya existe un contenido con el identificador «retirado-1».", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_recipe_cannot_copy_server_configuration_into_the_site()
    {
        var page = await RefusedAsync("""
            {
              "name": "curiosa",
              "variables": { "clave": "${config:Portal:Admin:Password}" },
              "steps": [ { "name": "settings", "SiteOptions": { "tagline": "${clave}" } } ]
            }
            """);

        Assert.Contains("$.variables.clave: Una receta subida desde el panel no puede leer la configuración del servidor («Portal:Admin:Password»).", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalHost.AdminPassword, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused()
    {
        var page = await RefusedAsync("name: receta", fileName: "receta.yaml");

        Assert.Contains("El archivo debe ser una receta .json o un paquete .zip.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_in_the_admin_menu_and_closed_to_anonymous_visitors()
    {
        using var anonymous = Host.CreateBrowserLikeClient();
        using var response = await anonymous.GetAsync(RecipeTestSite.ImportPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/acceso", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var admin = await Host.SignedInClientAsync();
        var dashboard = await admin.GetStringAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/admin/recetas\">Recetas</a>", dashboard, StringComparison.Ordinal);
    }

    /// <summary>Uploads the recipe, checks the tables did not change, and returns the page's text.</summary>
    private async Task<string> RefusedAsync(string recipe, string fileName = "receta.recipe.json")
    {
        var before = await Host.SnapshotAsync();
        using var client = await Host.SignedInClientAsync();

        using var response = await client.UploadRecipeAsync(recipe, fileName);

        var page = await response.RefusedPageAsync();
        Assert.Equal(before, await Host.SnapshotAsync());
        return page;
    }

    /// <summary>Steps 1, 2 and 4 are valid and write something, so a rollback has something to undo.</summary>
    private static string FourSteps(string third) => $$"""
        {
          "name": "rota",
          "steps": [
            { "name": "settings", "SiteOptions": { "siteName": "Cambiado por una receta rota" } },
            { "name": "features", "disable": ["Contents"] },
            {{third}},
            { "name": "settings", "Otra.Clave": { "valor": 1 } }
          ]
        }
        """;

    private static string Content(params string[] items) => $$"""{ "name": "content", "items": [ {{string.Join(", ", items)}} ] }""";
}
