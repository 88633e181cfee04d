using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>A site whose clock the tests move forward.</summary>
public sealed class ClockFixture : PortalFixture
{
    public TestClock Clock { get; } = new();

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services => services.AddSingleton<TimeProvider>(Clock));
        // The tests run the task themselves; the scheduler must not run it at the same moment, outside its lease.
        host.With("Portal:Tasks:Contents.PublishLater:Enabled", "false");
    }
}

/// <summary>"Publicar el" and "Despublicar el": the form's checks and the Contents.PublishLater task, run by hand.</summary>
public sealed class ScheduleTests(ClockFixture fixture) : PortalTest<ClockFixture>(fixture), IClassFixture<ClockFixture>
{
    private static readonly TimeZoneInfo Madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schedule_dates_are_checked_and_nothing_is_saved_when_they_are_wrong()
    {
        using var admin = await Host.SignedInClientAsync();
        var fields = ContentAdmin.PageFields("Convocatoria de becas", "Plazos y requisitos.", "becas-programadas");

        using var past = await admin.SubmitNewPageAsync([.. fields, new("PublishAt", Local(TimeSpan.FromHours(-1)))], "Guardar borrador");
        using var reversed = await admin.SubmitNewPageAsync([.. fields, new("PublishAt", Local(TimeSpan.FromDays(2))), new("UnpublishAt", Local(TimeSpan.FromDays(1)))], "Guardar borrador");
        using var malformed = await admin.SubmitNewPageAsync([.. fields, new("PublishAt", "mañana por la tarde")], "Guardar borrador");

        var pastHtml = await past.Content.ReadAsStringAsync(Ct);
        Assert.Equal("La fecha de publicación tiene que ser posterior a este momento.", ContentAdmin.FieldError(pastHtml, "PublishAt"));
        Assert.Equal("La fecha de despublicación tiene que ser posterior a la de publicación.", ContentAdmin.FieldError(await reversed.Content.ReadAsStringAsync(Ct), "UnpublishAt"));
        Assert.StartsWith("Escribe una fecha y hora de publicación válidas", ContentAdmin.FieldError(await malformed.Content.ReadAsStringAsync(Ct), "PublishAt"), StringComparison.Ordinal);
        Assert.Contains("value=\"Convocatoria de becas\"", pastHtml, StringComparison.Ordinal);
        Assert.Contains("Mostrando 0–0 de 0 contenidos.", await admin.GetStringAsync("/admin/contenidos?buscar=convocatoria+de+becas", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publication_cannot_be_scheduled_for_an_item_that_could_not_be_published()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.SubmitNewPageAsync(
            [.. ContentAdmin.PageFields("Sin resumen", "", "sin-resumen-programada"), new("PublishAt", Local(TimeSpan.FromHours(1)))], "Guardar borrador");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Falta el resumen: es obligatorio para publicar.", ContentAdmin.FieldError(await response.Content.ReadAsStringAsync(Ct), "Edit_Summary"));
    }

    [Fact]
    public async Task The_task_publishes_due_items_and_unpublishes_expired_ones()
    {
        using var admin = await Host.SignedInClientAsync();
        var publishAt = Local(TimeSpan.FromHours(1));
        // "Publicar" with a date ahead schedules rather than publishes.
        var scheduled = await admin.CreatePageAsync("Plazo de matrícula", "Abre en una hora.", "plazo-matricula", "Ya puedes matricularte.", publish: false);
        using (var schedule = await admin.SaveAsync(scheduled, [.. ContentAdmin.PageFields("Plazo de matrícula", "Abre en una hora.", "plazo-matricula", "Ya puedes matricularte."), new("PublishAt", publishAt)], "Publicar"))
        {
            Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        }

        var expiring = await admin.CreatePageAsync("Aviso temporal", "Se retira en una hora.", "aviso-temporal", "Corte de agua hoy.", publish: false);
        using (var publishWithEnd = await admin.SaveAsync(expiring, [.. ContentAdmin.PageFields("Aviso temporal", "Se retira en una hora.", "aviso-temporal", "Corte de agua hoy."), new("UnpublishAt", Local(TimeSpan.FromHours(1)))], "Publicar"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publishWithEnd.StatusCode);
        }

        var list = await admin.GetStringAsync("/admin/contenidos?estado=programado", Ct);
        Assert.Contains(">Plazo de matrícula</a>", list, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">Programado</span>", list, StringComparison.Ordinal);
        Assert.Contains("Se publica el " + DateTime.ParseExact(publishAt, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), list, StringComparison.Ordinal);
        Assert.Contains("Se despublica el", await admin.GetStringAsync("/admin/contenidos?buscar=aviso+temporal", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/plazo-matricula")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Host.PublicAsync("/aviso-temporal")).Status);

        await RunPublishLaterAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/plazo-matricula")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Host.PublicAsync("/aviso-temporal")).Status);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await RunPublishLaterAsync();

        var published = await Host.PublicAsync("/plazo-matricula");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Contains("Ya puedes matricularte.", published.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/aviso-temporal")).Status);
        var form = await admin.LoadFormAsync(scheduled);
        Assert.Contains("<span class=\"tag tag-published\">Publicado</span>", form.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"PublishAt\" name=\"PublishAt\" value=\"\"", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Se despublica el", await admin.GetStringAsync("/admin/contenidos?buscar=aviso+temporal", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_records_why_a_due_publication_was_refused()
    {
        using var admin = await Host.SignedInClientAsync();
        ExpectLog(r => r.Message.Contains("The scheduled publication of", StringComparison.Ordinal));
        var itemId = await admin.CreatePageAsync("Se quedará sin resumen", "Por ahora lo tiene.", "sin-resumen-luego");
        using (var schedule = await admin.SaveAsync(itemId, [.. ContentAdmin.PageFields("Se quedará sin resumen", "Por ahora lo tiene.", "sin-resumen-luego"), new("PublishAt", Local(TimeSpan.FromHours(1)))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        }

        // Emptied after scheduling, by a path that does not check publishing rules.
        await Host.RunAsync(async (services, ct) =>
        {
            var contents = services.GetRequiredService<Portal.Core.Content.IContentManager>();
            var latest = await contents.GetAsync(itemId, Portal.Core.Content.VersionOptions.Latest, ct);
            await contents.UpdateAsync(itemId, new Portal.Contents.PageType.PageContent { Title = "Se quedará sin resumen", Slug = "sin-resumen-luego" }, latest!.ConcurrencyStamp, "admin", cancellationToken: ct);
        });
        Fixture.Clock.Advance(TimeSpan.FromHours(2));

        await RunPublishLaterAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/sin-resumen-luego")).Status);
        var form = await admin.LoadFormAsync(itemId);
        Assert.Contains("La publicación programada no se ha hecho: Falta el resumen: es obligatorio para publicar.", form.Html, StringComparison.Ordinal);
    }

    private Task RunPublishLaterAsync()
    {
        var task = Host.Services.GetServices<IBackgroundTask>().Single(t => t.Name == "Contents.PublishLater");
        return Host.RunAsync((services, ct) => task.RunAsync(services, ct));
    }

    /// <summary>A datetime-local value, in the site's zone, this far from the site's (moved) clock.</summary>
    private string Local(TimeSpan fromNow) =>
        TimeZoneInfo.ConvertTimeFromUtc(Fixture.Clock.GetUtcNow().UtcDateTime + fromNow, Madrid).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
