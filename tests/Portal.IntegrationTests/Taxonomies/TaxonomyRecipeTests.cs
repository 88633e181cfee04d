using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Taxonomies.Terms;
using Portal.Testing;

namespace Portal.IntegrationTests.Taxonomies;

public sealed class TaxonomyRecipeTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Invalid_terms_are_reported_with_their_paths_and_nothing_is_written()
    {
        var before = await AllTermsAsync();

        var result = await RunAsync("""
            { "name": "taxonomies", "vocabularies": {
                "temas": [
                    { "slug": "Con Espacios", "name": "Mal" },
                    { "slug": "bien", "name": "" },
                    { "slug": "bien", "name": "Otra vez", "color": "rojo" },
                    { "slug": "numero", "name": 7 },
                    "suelto"
                ],
                "materias": [],
                "destinatarios": {}
            }, "extra": true }
            """);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "$.extra: «extra» no forma parte del formato de receta: revisa cómo está escrito.",
            "$.vocabularies.temas[0].slug: El identificador solo puede tener minúsculas sin tildes, números y guiones entre ellos, y como mucho 100 caracteres.",
            "$.vocabularies.temas[1].name: Escribe el nombre.",
            "$.vocabularies.temas[2].color: «color» no forma parte del formato de receta: revisa cómo está escrito.",
            "$.vocabularies.temas[2].slug: El identificador «bien» aparece más de una vez en esta lista.",
            "$.vocabularies.temas[3].name: «name» debe ser un texto entre comillas.",
            "$.vocabularies.temas[4]: Cada término debe ser un objeto con «slug» y «name».",
            "$.vocabularies.materias: No existe el vocabulario «materias». Los vocabularios son: temas, hechos-vitales, destinatarios.",
            "$.vocabularies.destinatarios: «destinatarios» debe ser una lista de términos, entre corchetes [ ].",
        ], result.Errors.Select(e => $"{e.Path}: {e.Message}"));
        Assert.All(result.Errors, e => Assert.Equal((0, "taxonomies"), (e.StepIndex, e.StepName)));
        Assert.Equal(before, await AllTermsAsync());
    }

    [Fact]
    public async Task Import_creates_and_updates_by_slug_in_the_listed_order_and_keeps_unlisted_terms()
    {
        var result = await RunAsync("""
            { "name": "taxonomies", "vocabularies": {
                "hechos-vitales": [
                    { "slug": "casarse", "name": "Casarse o registrar una pareja de hecho" },
                    { "slug": "buscar-empleo", "name": "Buscar trabajo", "description": "Ofertas y orientación." }
                ],
                "temas": [ { "slug": "padron-y-censo", "name": "Padrón y censo", "siaCode": "M-PAD" } ]
            } }
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var lifeEvents = await Host.TermsAsync(Vocabularies.LifeEvents);
        Assert.Equal(["casarse", "buscar-empleo", "tener-un-hijo", "cambiar-de-domicilio"], lifeEvents.Take(4).Select(t => t.Slug));
        Assert.Equal(Enumerable.Range(0, lifeEvents.Count), lifeEvents.Select(t => t.Position));
        Assert.Equal(("Buscar trabajo", "Ofertas y orientación."), (lifeEvents[1].Name, lifeEvents[1].Description));
        Assert.Equal(9, lifeEvents.Count);
        var padron = await Host.TermAsync(Vocabularies.Topics, "padron-y-censo");
        Assert.Equal(("M-PAD", 0), (padron.SiaCode, padron.Position));
    }

    [Fact]
    public async Task An_export_brings_the_terms_back_as_they_were()
    {
        var created = await RunAsync("""
            { "name": "taxonomies", "vocabularies": { "destinatarios": [ { "slug": "administracion", "name": "Otra administración", "description": "Ayuntamientos, diputaciones y otros organismos públicos." } ] } }
            """);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var before = await AllTermsAsync();
        var export = await Host.RunAsync((services, ct) => services.GetRequiredService<RecipeExportService>().ExportAsync("prueba", ct));
        var step = export["steps"]!.AsArray().Single(s => (string?)s!["name"] == "taxonomies")!;
        var exported = step["vocabularies"]!["destinatarios"]!.AsArray().Single(t => (string?)t!["slug"] == "administracion");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"slug":"administracion","name":"Otra administración","description":"Ayuntamientos, diputaciones y otros organismos públicos."}"""),
            exported), exported!.ToJsonString());

        var changed = await RunAsync("""
            { "name": "taxonomies", "vocabularies": { "destinatarios": [
                { "slug": "persona", "name": "Ciudadanía" }, { "slug": "empresa", "name": "Empresa", "siaCode": "X" }
            ] } }
            """);
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors));
        Assert.NotEqual(before, await AllTermsAsync());

        var reimported = await Host.RunAsync((services, ct) =>
            services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(RecipeJson.Serialize(export), "prueba", RecipeOrigin.Upload, ct));

        Assert.True(reimported.Succeeded, string.Join("; ", reimported.Errors));
        Assert.Equal(before.Select(Content), (await AllTermsAsync()).Select(Content));
    }

    /// <summary>What the export carries: ids and positions may differ after an import, order and texts may not.</summary>
    private static string Content(TaxonomyTerm term) => $"{term.Vocabulary}/{term.Slug}: {term.Name} | {term.Description} | {term.SiaCode}";

    private async Task<List<TaxonomyTerm>> AllTermsAsync()
    {
        var all = new List<TaxonomyTerm>();
        foreach (var vocabulary in Vocabularies.All)
        {
            all.AddRange(await Host.TermsAsync(vocabulary));
        }

        return all;
    }

    private Task<RecipeResult> RunAsync(string step) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(
            new JsonObject { ["name"] = "prueba-taxonomias", ["steps"] = new JsonArray(JsonNode.Parse(step)) }.ToJsonString(),
            "prueba",
            RecipeOrigin.Upload,
            ct));
}
