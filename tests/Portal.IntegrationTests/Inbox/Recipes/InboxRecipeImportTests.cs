using System.Net;
using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Recipes;

/// <summary>The "inbox" step through the admin's import page: twice the same is once, and a bad step writes nothing.</summary>
public sealed class InboxRecipeImportTests(RecipeSiteFixture fixture) : PortalTest<RecipeSiteFixture>(fixture), IClassFixture<RecipeSiteFixture>
{
    private const string Invalid = "No se ha importado nada: la receta tiene errores.";
    private const string RolledBack = "No se ha importado nada: un paso ha fallado al aplicarse y se han deshecho todos los cambios.";

    private const string Council = """
        {
          "name": "inbox",
          "units": [ { "name": "Atención ciudadana" }, { "name": "Urbanismo" } ],
          "categories": [
            {
              "name": "Consultas",
              "unit": "Atención ciudadana",
              "targets": [
                { "kind": "FirstResponse", "channel": null, "amount": 24, "unit": "WorkingHours" },
                { "kind": "Resolution", "channel": "Email", "amount": 10, "unit": "WorkingDays" }
              ],
              "retention": { "action": "Anonymise", "months": 36 }
            },
            { "name": "Quejas y sugerencias", "unit": "Atención ciudadana" },
            { "name": "Licencias de obra", "unit": "Urbanismo", "targets": [], "retention": { "action": "Keep" } }
          ],
          "targets": [ { "kind": "FirstResponse", "channel": "Mastodon", "amount": 12, "unit": "WorkingHours" } ],
          "calendar": {
            "week": { "Monday": "8:00-15:00", "Tuesday": "8:00-15:00", "Wednesday": "8:00-15:00", "Thursday": "8:00-15:00, 16:30-19:00", "Friday": "8:00-14:00" },
            "holidays": [
              { "date": "2026-09-08", "name": "Fiestas patronales", "scope": "Local" },
              { "date": "2026-12-08", "name": "Inmaculada Concepción (local)", "scope": "National" }
            ]
          },
          "cannedAnswers": [ { "title": "Consulta recibida", "text": "Hola, {nombre}. Su referencia es {referencia}.", "categories": [ "Consultas" ] } ],
          "routingRules": [ { "name": "Obras", "keyword": "obra", "topic": "urbanismo-y-obras", "unit": "Urbanismo", "setCategory": "Licencias de obra" } ]
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Importing_the_same_step_twice_changes_nothing_the_second_time()
    {
        using var client = await Host.SignedInClientAsync();

        await ImportAsync(client, Recipe(Council));
        var first = await Host.RowsAsync();
        await ImportAsync(client, Recipe(Council));

        Assert.Equal(first, await Host.RowsAsync());
        var configuration = await Host.DescribeAsync();
        Assert.Contains("category «Consultas» unit=«Atención ciudadana»", configuration, StringComparison.Ordinal);
        Assert.Contains("target category=«Consultas» channel=Email Resolution 10 WorkingDays", configuration, StringComparison.Ordinal);
        Assert.Contains("target category=«Quejas y sugerencias» channel= Resolution 20 WorkingDays", configuration, StringComparison.Ordinal);
        Assert.Contains("target category=«» channel=Mastodon FirstResponse 12 WorkingHours", configuration, StringComparison.Ordinal);
        Assert.DoesNotContain("target category=«» channel=Bluesky", configuration, StringComparison.Ordinal);
        Assert.Contains("retention «Consultas» Anonymise 36", configuration, StringComparison.Ordinal);
        Assert.Contains("hours Thursday 990-1140", configuration, StringComparison.Ordinal);
        Assert.DoesNotContain("hours Saturday", configuration, StringComparison.Ordinal);
        Assert.Contains("holiday 2026-09-08 «Fiestas patronales» Local", configuration, StringComparison.Ordinal);
        Assert.Contains("holiday 2026-12-08 «Inmaculada Concepción (local)» National", configuration, StringComparison.Ordinal);
        Assert.Contains("holiday 2027-01-06 «Epifanía del Señor» National", configuration, StringComparison.Ordinal);
        Assert.Contains("answer «Consulta recibida» «Hola, {nombre}. Su referencia es {referencia}.» guide= categories=Consultas", configuration, StringComparison.Ordinal);
        Assert.Contains("rule 1 «Obras» channel= category=«» keyword=«obra» topic=urbanismo-y-obras unit=«Urbanismo» set=«Licencias de obra»", configuration, StringComparison.Ordinal);
        Assert.Single(configuration.Split(Environment.NewLine), l => l.StartsWith("category «Quejas y sugerencias»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_property_the_format_lacks_is_refused_with_its_path()
    {
        var page = await RefusedAsync(Recipe("""{ "name": "inbox", "units": [ { "name": "Padrón", "members": [ "ana" ] } ] }"""));

        Assert.Contains(Invalid, page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.units[0].members: El paso «inbox» no encaja con su formato", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_value_of_the_step_is_listed_and_nothing_is_written()
    {
        var page = await RefusedAsync(Recipe("""
            {
              "name": "inbox",
              "units": [ { "name": "Padrón" }, { "name": "Padrón" } ],
              "categories": [ { "name": "Consultas", "targets": [ { "kind": "Primera", "amount": 0, "unit": "WorkingHours" } ], "retention": { "action": "Delete" } } ],
              "calendar": {
                "week": { "Lunes": "9:00-14:00", "Tuesday": "9:00-14:00, 13:00-15:00" },
                "holidays": [ { "date": "08/12/2026", "name": "Inmaculada", "scope": "National" } ]
              },
              "cannedAnswers": [ { "title": "Respuesta", "text": "Hola, {vecino}." } ]
            }
            """));

        Assert.Contains(Invalid, page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.units[1].name: «Padrón» está repetido en este paso", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.categories[0].targets[0].kind: «Primera» no es una opción válida. Opciones: FirstResponse, NextResponse, Resolution.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.categories[0].targets[0].amount: Escribe una cantidad entre 1 y 1000.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.categories[0].retention.months: Escribe los meses, entre 1 y 1200", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.calendar.week.Lunes: «Lunes» no es una opción válida.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.calendar.week.Tuesday: Martes: hay tramos que se solapan.", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.calendar.holidays[0].date: La fecha «08/12/2026» no es válida", page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.cannedAnswers[0].text: Estas variables no existen: {vecino}.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_the_site_lacks_stops_the_import_and_undoes_what_ran_before()
    {
        var page = await RefusedAsync(Recipe("""
            {
              "name": "inbox",
              "units": [ { "name": "Padrón" } ],
              "categories": [ { "name": "Empadronamiento", "unit": "Padrón" }, { "name": "Obras", "unit": "Unidad que no existe" } ]
            }
            """));

        Assert.Contains(RolledBack, page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.categories[1].unit: La unidad «Unidad que no existe» no existe en el sitio ni la crea esta receta: añádela en «units».", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_canned_answer_linked_to_content_the_site_lacks_stops_the_import()
    {
        var page = await RefusedAsync(Recipe("""{ "name": "inbox", "cannedAnswers": [ { "title": "Vados", "text": "Siga esta guía: {tramite}.", "guide": "tramite-que-no-existe" } ] }"""));

        Assert.Contains(RolledBack, page, StringComparison.Ordinal);
        Assert.Contains("Paso 2 («inbox»), $.cannedAnswers[0].guide: El contenido «tramite-que-no-existe» no existe en el sitio ni lo crea esta receta", page, StringComparison.Ordinal);
    }

    /// <summary>The inbox step after a settings step that writes, so a rollback has something to undo.</summary>
    private static string Recipe(string inbox) => $$"""
        {
          "name": "atencion",
          "steps": [
            { "name": "settings", "SiteOptions": { "siteName": "Cambiado por la receta" } },
            {{inbox}}
          ]
        }
        """;

    private static async Task ImportAsync(HttpClient client, string recipe)
    {
        using var response = await client.UploadRecipeAsync(recipe);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Uploads the recipe, checks no table changed, and returns the page's text.</summary>
    private async Task<string> RefusedAsync(string recipe)
    {
        var before = (await Host.SnapshotAsync(), await Host.RowsAsync());
        using var client = await Host.SignedInClientAsync();

        using var response = await client.UploadRecipeAsync(recipe);

        var page = await response.RefusedPageAsync();
        Assert.Equal(before, (await Host.SnapshotAsync(), await Host.RowsAsync()));
        return page;
    }
}
