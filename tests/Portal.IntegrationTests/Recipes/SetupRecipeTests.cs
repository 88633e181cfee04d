using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Features;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

public sealed class SetupRecipeTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_setup_recipe_runs_on_the_first_start_and_not_after_a_restart()
    {
        var settings = Host.Services.GetRequiredService<ISiteSettingsStore>();
        var site = await settings.GetAsync<SiteOptions>(TestContext.Current.CancellationToken);
        Assert.Equal("Ayuntamiento de Villanueva del Río", site.SiteName);
        Assert.Equal("Europe/Madrid", site.TimeZoneId);
        Assert.Equal("010", site.ContactPhone);
        Assert.NotNull(site.SetupCompletedUtc);
        Assert.True(Host.Services.GetRequiredService<IFeatureManager>().IsEnabled("Recipes"));

        // An administrator renames the site; a second run of the recipe would put the old name back.
        await Host.RunAsync(async (services, ct) =>
        {
            var store = services.GetRequiredService<ISiteSettingsStore>();
            var current = await store.GetAsync<SiteOptions>(ct);
            current.SiteName = "Villanueva del Río: sede electrónica";
            await store.SaveAsync(services.GetRequiredService<IUnitOfWork>(), current, ct);
        });
        await Fixture.RestartAsync();

        var restarted = await Host.Services.GetRequiredService<ISiteSettingsStore>().GetAsync<SiteOptions>(TestContext.Current.CancellationToken);
        Assert.Equal("Villanueva del Río: sede electrónica", restarted.SiteName);
        Assert.Equal(site.SetupCompletedUtc, restarted.SetupCompletedUtc);
    }
}
