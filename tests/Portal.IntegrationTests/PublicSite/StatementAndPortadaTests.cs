using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.PublicSite.Accessibility;
using Portal.PublicSite.Home;
using Portal.Testing;

namespace Portal.IntegrationTests.PublicSite;

public sealed class StatementAndPortadaTests(CitizenContentFixture fixture) : PortalTest<CitizenContentFixture>(fixture), IClassFixture<CitizenContentFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_incomplete_statement_is_refused_in_Spanish_and_a_complete_one_is_published_at_its_address()
    {
        var incomplete = new AccessibilityStatement
        {
            Status = ComplianceStatus.Partial,
            NonCompliances = [new NonCompliance { Description = "El mapa no funciona con teclado.", Criterion = "2.1", PlannedFix = "Una lista de obras." }],
        };
        var refused = await SaveAsync(incomplete);
        Assert.Contains(refused.Errors, e => e.Field == "Scope" && e.Message == "Falta el sitio al que se aplica: es obligatorio para publicar.");
        Assert.Contains(refused.Errors, e => e.Field == "NonCompliances[0].Criterion" && e.Message == "El criterio del problema 1 debe ser un número de WCAG como 1.1.1.");
        Assert.Contains(refused.Errors, e => e.Field == "NonCompliances[0].PlannedDate");

        incomplete.Scope = "el portal web www.villaprueba.test";
        incomplete.NonCompliances[0].Criterion = "2.1.1";
        incomplete.NonCompliances[0].PlannedDate = new DateOnly(2026, 9, 30);
        incomplete.PreparedOn = new DateOnly(2026, 1, 15);
        incomplete.ResponsibleUnit = "Servicio de Atención a la Ciudadanía";
        incomplete.ContactEmail = "accesibilidad@villaprueba.test";
        incomplete.Enforcement = "Puedes presentar una **reclamación**.";
        var published = await SaveAsync(incomplete);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));

        using var client = Host.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/declaracion-de-accesibilidad", Ct);
        Assert.Contains("<h1>Declaración de accesibilidad</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Parcialmente conforme", html, StringComparison.Ordinal);
        Assert.Contains("Criterio 2.1.1", html, StringComparison.Ordinal);
        Assert.Contains("30 de septiembre de 2026", html, StringComparison.Ordinal);
        Assert.Contains("<strong>reclamación</strong>", html, StringComparison.Ordinal);

        var second = await SaveAsync(incomplete);
        Assert.Contains(second.Errors, e => e.Message == "Ya hay una declaración de accesibilidad: edita esa en lugar de crear otra.");
    }

    [Fact]
    public async Task The_Portada_page_refuses_unpublished_and_repeated_tramites_and_saves_good_choices()
    {
        var tramite = await Host.PublishCitizenItemAsync("tramite", "Pedir la tarjeta de la biblioteca", ["cultura-y-deportes"]);
        using var admin = await Host.SignedInClientAsync();

        using var bad = await admin.PostFormAsync("/admin/portada", [new("Featured[0]", tramite.ItemId), new("Featured[1]", tramite.ItemId), new("Featured[2]", "no-existe")]);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Contains("El trámite del puesto 2 ya está en un puesto anterior: elige otro.", html, StringComparison.Ordinal);
        Assert.Contains("El puesto 3 no tiene un trámite publicado: elige otro o déjalo en blanco.", html, StringComparison.Ordinal);
        Assert.Empty((await Host.RunAsync((s, ct) => s.GetRequiredService<ISiteSettingsStore>().GetAsync<HomeOptions>(ct))).FeaturedItemIds);

        using var good = await admin.PostFormAsync("/admin/portada", [new("Featured[0]", ""), new("Featured[1]", tramite.ItemId)]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal([tramite.ItemId], (await Host.RunAsync((s, ct) => s.GetRequiredService<ISiteSettingsStore>().GetAsync<HomeOptions>(ct))).FeaturedItemIds);
    }

    private Task<ContentResult> SaveAsync(AccessibilityStatement statement) =>
        Host.RunAsync((s, ct) => s.GetRequiredService<IContentManager>()
            .CreateAsync(AccessibilityStatement.TypeName, statement, PortalHost.AdminUserName, publish: true, cancellationToken: ct));
}
