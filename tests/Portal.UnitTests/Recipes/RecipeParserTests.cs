using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Recipes;

namespace Portal.UnitTests.Recipes;

public sealed class RecipeParserTests
{
    private static readonly IStringLocalizer<CoreResources> S = new StringLocalizer<CoreResources>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static RecipeParser Parser(params (string Key, string Value)[] configuration) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(configuration.Select(c => new KeyValuePair<string, string?>(c.Key, c.Value))).Build(), TimeProvider.System, S);

    private static string Recipe(string variables, string steps) =>
        $$"""{ "name": "prueba", "variables": {{variables}}, "steps": {{steps}} }""";

    [Fact]
    public void Variables_from_literals_configuration_and_generated_ids_replace_tokens_in_step_values_only()
    {
        var parser = Parser(("Portal:Town", "Villanueva del Río"));
        var json = Recipe(
            """{ "town": "${config:Portal:Town}", "id": "${guid}", "other": "${guid}", "tagline": "Hola, ${config:Portal:Town}" }""",
            """[ { "name": "settings", "${town}": { "siteName": "Ayuntamiento de ${town}", "ids": ["${id}", "${id}", "${other}"], "tagline": "${tagline}", "count": 3 } } ]""");

        var result = parser.Parse(json, RecipeOrigin.Server);

        Assert.Empty(result.Errors);
        var document = result.Document!;
        Assert.Equal("Villanueva del Río", document.Variables["town"]);
        Assert.Equal("Hola, Villanueva del Río", document.Variables["tagline"]);
        var step = document.Steps.Single().Json;
        Assert.True(step.TryGetProperty("${town}", out var settings), "Property names are never substituted.");
        Assert.Equal("Ayuntamiento de Villanueva del Río", settings.GetProperty("siteName").GetString());
        Assert.Equal("Hola, Villanueva del Río", settings.GetProperty("tagline").GetString());
        Assert.Equal(3, settings.GetProperty("count").GetInt32());
        var ids = settings.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        Assert.All(ids, id => Assert.True(ContentIds.IsValid(id), $"{id} does not fit an item id."));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("${x}")]
    [InlineData("cost: $5, template `${a}${b}` and $${c}")]
    [InlineData("$${")]
    [InlineData("$$$${x}}")]
    public void Escaped_text_comes_back_as_written(string text)
    {
        var escaped = RecipeVariables.Escape(text);
        var unresolved = new List<string>();

        var back = RecipeVariables.Substitute(escaped, _ => "VARIABLE", unresolved.Add);

        Assert.Equal(text, back);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void An_undeclared_variable_names_the_step_and_the_path()
    {
        var json = Recipe("""{ "known": "x" }""", """[ { "name": "settings", "SiteOptions": { "siteName": "${known}" } }, { "name": "content", "items": [ { "data": { "title": "${unknown}" } } ] } ]""");

        var result = Parser().Parse(json, RecipeOrigin.Server);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.StepIndex);
        Assert.Equal("content", error.StepName);
        Assert.Equal("$.items[0].data.title", error.Path);
        Assert.Equal("Paso 2 («content»), $.items[0].data.title: La variable «unknown» no está declarada en «variables». Para escribir ${ tal cual, usa $${.", error.Describe(S));
    }

    [Fact]
    public void A_variable_may_only_read_configuration_or_generate_an_id()
    {
        var json = Recipe("""{ "missing": "${config:Portal:Nothing}", "script": "${js: uuid()}", "number": 5 }""", """[ { "name": "settings" } ]""");

        var result = Parser().Parse(json, RecipeOrigin.Server);

        Assert.Equal(
            [
                ("$.variables.missing", "La clave de configuración «Portal:Nothing» no tiene valor."),
                ("$.variables.script", "«${js: uuid()}» no vale en una variable: usa un texto, ${config:Clave} o ${guid}."),
                ("$.variables.number", "La variable «number» debe ser un texto."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
        Assert.All(result.Errors, e => Assert.Null(e.StepIndex));
    }

    [Fact]
    public void An_uploaded_recipe_may_not_read_configuration()
    {
        var parser = Parser(("ConnectionStrings:Portal", "Host=db;Password=secreto"));
        var json = Recipe("""{ "secret": "${config:ConnectionStrings:Portal}" }""", """[ { "name": "settings", "SiteOptions": { "tagline": "${secret}" } } ]""");

        var uploaded = parser.Parse(json, RecipeOrigin.Upload);

        Assert.Null(uploaded.Document);
        var error = Assert.Single(uploaded.Errors);
        Assert.Equal("$.variables.secret", error.Path);
        Assert.Equal("Una receta subida desde el panel no puede leer la configuración del servidor («ConnectionStrings:Portal»).", error.Message);
        Assert.DoesNotContain("secreto", error.Message, StringComparison.Ordinal);
        Assert.Equal("Host=db;Password=secreto", parser.Parse(json, RecipeOrigin.Server).Document!.Variables["secret"]);
    }

    [Fact]
    public void A_syntax_error_gives_its_line_and_position()
    {
        const string json = "{\n  \"name\": \"prueba\",\n  \"steps\" [ ]\n}";

        var result = Parser().Parse(json, RecipeOrigin.Server);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$: El archivo no es JSON válido: revisa la línea 3, posición 11.", error.Describe(S));
    }

    [Fact]
    public void A_repeated_property_is_refused()
    {
        var result = Parser().Parse("""{ "name": "a", "name": "b", "steps": [ { "name": "settings" } ] }""", RecipeOrigin.Server);

        Assert.Contains("ningún objeto repita una propiedad", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "$", "La receta debe ser un objeto JSON")]
    [InlineData("""{ "steps": [ { "name": "settings" } ] }""", "$.name", "Falta «name».")]
    [InlineData("""{ "name": " ", "steps": [ { "name": "settings" } ] }""", "$.name", "Falta «name».")]
    [InlineData("""{ "name": 5, "steps": [ { "name": "settings" } ] }""", "$.name", "«name» debe ser un texto.")]
    [InlineData("""{ "name": "a" }""", "$.steps", "Falta «steps».")]
    [InlineData("""{ "name": "a", "steps": { } }""", "$.steps", "«steps» debe ser una lista")]
    [InlineData("""{ "name": "a", "steps": [ ] }""", "$.steps", "La receta no tiene ningún paso.")]
    [InlineData("""{ "name": "a", "step": [ ], "steps": [ { "name": "settings" } ] }""", "$.step", "«step» no forma parte del formato de receta")]
    [InlineData("""{ "name": "a", "isSetupRecipe": "sí", "steps": [ { "name": "settings" } ] }""", "$.isSetupRecipe", "«isSetupRecipe» debe ser true o false.")]
    [InlineData("""{ "name": "a", "variables": [ ], "steps": [ { "name": "settings" } ] }""", "$.variables", "«variables» debe ser un objeto JSON")]
    public void Envelope_errors_name_the_property(string json, string path, string message)
    {
        var result = Parser().Parse(json, RecipeOrigin.Server);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Null(error.StepIndex);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_without_a_name_are_reported_with_their_position_together_with_other_envelope_errors()
    {
        var result = Parser().Parse("""{ "name": "a", "author": 1, "steps": [ { "name": "settings" }, 5, { "enable": [] }, { "name": "" } ] }""", RecipeOrigin.Server);

        Assert.Equal(
            [(null, "$.author"), (1, "$"), (2, "$.name"), (3, "$.name")],
            result.Errors.Select(e => (e.StepIndex, e.Path)));
    }

    [Fact]
    public void A_valid_recipe_keeps_its_metadata_and_may_carry_comments_and_trailing_commas()
    {
        const string json = """
            {
              // Hand-written recipes may explain themselves.
              "name": "portal",
              "displayName": "Portal municipal",
              "description": "Sitio de partida",
              "author": "Ayuntamiento",
              "version": "1.0.0",
              "isSetupRecipe": true,
              "steps": [
                { "name": "features", "enable": ["Contents",], },
              ],
            }
            """;

        var document = Parser().Parse(json, RecipeOrigin.Server).Document!;

        Assert.Equal(("portal", "Portal municipal", "Sitio de partida", "Ayuntamiento", "1.0.0", true),
            (document.Name, document.DisplayName, document.Description, document.Author, document.Version, document.IsSetupRecipe));
        var step = Assert.Single(document.Steps);
        Assert.Equal((0, "features"), (step.Index, step.Name));
        Assert.Equal(JsonValueKind.Array, step.Json.GetProperty("enable").ValueKind);
    }
}
