using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>Starts hosts by hand: the first start is meant to fail.</summary>
public sealed class SetupRecipeFailureTests : IAsyncLifetime
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")[..12]);
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Directory.CreateDirectory(_appData);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing is not worth failing the run over.
        }
    }

    [Fact]
    public async Task A_failing_setup_recipe_stops_start_up_with_its_message_and_leaves_the_site_to_set_up_again()
    {
        var recipe = Path.Combine(_appData, "roto.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            {
              "name": "roto",
              "steps": [
                { "name": "settings", "SiteOptions": { "siteName": "No debe quedar" } },
                { "name": "content", "items": [ { "itemId": "primero", "contentType": "test", "published": true, "data": { "title": "RECHAZAR" } } ] }
              ]
            }
            """, TestContext.Current.CancellationToken);

        var failing = RecipeTestSite.AddTestContent(new PortalHost(_database, _appData, new LogSink())).With("Portal:Setup:Recipe", recipe);
        var error = Assert.ThrowsAny<Exception>(() => failing.Start());
        await failing.DisposeAsync();

        var setup = Assert.IsType<RecipeSetupException>(Unwrap(error));
        Assert.Contains("Paso 2 («content»), $.items[0].data.title: El contenido «primero» no se ha podido guardar: " + RefusingHandler.Message, setup.Message, StringComparison.Ordinal);

        // Nothing of the failed run stayed: the next start runs the tests' recipe on a site that was never set up.
        await using var working = RecipeTestSite.AddTestContent(new PortalHost(_database, _appData, new LogSink())).With("Portal:Setup:Recipe", PortalFixture.TestRecipe).Start();
        var site = await working.Services.GetRequiredService<ISiteSettingsStore>().GetAsync<SiteOptions>(TestContext.Current.CancellationToken);
        Assert.Equal("Ayuntamiento de Villanueva del Río", site.SiteName);
        Assert.Empty(await working.VisibleContentAsync());
    }

    [Fact]
    public async Task A_missing_setup_recipe_stops_start_up_naming_the_setting()
    {
        var failing = new PortalHost(_database, _appData, new LogSink()).With("Portal:Setup:Recipe", "recipes/no-existe.recipe.json");

        var error = Assert.ThrowsAny<Exception>(() => failing.Start());
        await failing.DisposeAsync();

        var setup = Assert.IsType<RecipeSetupException>(Unwrap(error));
        Assert.Contains("no-existe.recipe.json", setup.Message, StringComparison.Ordinal);
        Assert.Contains("Portal:Setup:Recipe", setup.Message, StringComparison.Ordinal);
    }

    /// <summary>The host may wrap what an initializer threw; find the setup error in the chain.</summary>
    private static Exception? Unwrap(Exception? error)
    {
        while (error is not null and not RecipeSetupException)
        {
            error = error.InnerException;
        }

        return error;
    }
}
