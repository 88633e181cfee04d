using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// The site plus a small probe module whose feature needs Recipes, so that switching features moves a dependant
/// and a dependency. The probe has a page and a menu entry like any module.
/// </summary>
public sealed class ProbeModuleFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            var catalog = (ModuleCatalog)services.Single(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance!;
            services.Replace(ServiceDescriptor.Singleton(new ModuleCatalog([.. catalog.Modules, new ProbeModule()])));
            services.AddAdminMenu<ProbeMenu>();
        });
    }

    private sealed class ProbeModule : ModuleStartup
    {
        public override ModuleManifest Manifest { get; } = new(
            Id: "Probe",
            Name: "Sonda",
            Description: "Módulo de prueba que necesita las recetas.",
            Category: "Tests",
            Dependencies: ["Recipes"],
            Feature: new FeatureManifest("Probe", "Sonda", "Una página de prueba.") { Dependencies = ["Recipes"] });

        public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/admin/sonda", () => "sonda");
    }

    private sealed class ProbeMenu : IAdminMenuProvider
    {
        public IEnumerable<AdminMenuItem> GetItems() => [new("Sonda", "/admin/sonda", "Pruebas", 999) { Feature = "Probe" }];
    }
}

public sealed class FeaturesPageTests(ProbeModuleFixture fixture) : PortalTest<ProbeModuleFixture>(fixture), IClassFixture<ProbeModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switching_features_off_and_on_hides_and_restores_their_pages_and_menu_entries_and_names_what_moved_along()
    {
        using var admin = await Host.SignedInClientAsync();
        using var before = await admin.GetAsync("/admin/sonda", Ct);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("href=\"/admin/sonda\"", await admin.GetStringAsync("/admin", Ct), StringComparison.Ordinal);

        using var off = await admin.PostFormAsync("/admin/funcionalidades", [new("featureId", "Recipes"), new("enable", "false")]);
        var afterOff = await admin.GetStringAsync(off.RedirectPath(), Ct);
        using var hidden = await admin.GetAsync("/admin/sonda", Ct);
        var menuWhileOff = await admin.GetStringAsync("/admin", Ct);

        using var on = await admin.PostFormAsync("/admin/funcionalidades", [new("featureId", "Probe"), new("enable", "true")]);
        var afterOn = await admin.GetStringAsync(on.RedirectPath(), Ct);
        using var restored = await admin.GetAsync("/admin/sonda", Ct);

        Assert.Contains("Se ha desactivado «Recetas». También se ha desactivado lo que depende de «Recetas»: «Sonda».", afterOff, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("href=\"/admin/sonda\"", menuWhileOff, StringComparison.Ordinal);
        Assert.Contains("Se ha activado «Sonda». También se ha activado lo que «Sonda» necesita: «Recetas».", afterOn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains("href=\"/admin/sonda\"", await admin.GetStringAsync("/admin", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_always_on_feature_is_shown_as_such_and_cannot_be_switched_off()
    {
        using var admin = await Host.SignedInClientAsync();

        var page = await admin.GetStringAsync("/admin/funcionalidades", Ct);
        using var refused = await admin.PostFormAsync("/admin/funcionalidades", [new("featureId", "Users"), new("enable", "false")]);
        using var users = await admin.GetAsync("/admin/usuarios", Ct);

        var usersRow = page[page.IndexOf("id=\"feature-Users\"", StringComparison.Ordinal)..];
        usersRow = usersRow[..usersRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Siempre activa", usersRow, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", usersRow, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("«Usuarios» no se puede desactivar", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Empty(await Host.RunAsync((services, ct) =>
            services.GetRequiredService<PortalDbContext>().FeatureStates.Where(f => f.FeatureId == "Users").ToListAsync(ct)));
    }
}
