using System.Globalization;
using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>
/// The whole chain with the real clock and the background task scheduler: nobody calls the task, no request
/// nudges it. Needs the scheduler that runs IBackgroundTask on its cron schedule.
/// </summary>
[Trait("Requires", "TaskScheduler")]
public sealed class ScheduledPublishingEndToEndTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_item_scheduled_a_few_seconds_ahead_is_published_on_time_with_no_request()
    {
        using var admin = await Host.SignedInClientAsync();
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var publishAt = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(5), madrid).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        using (var schedule = await admin.SubmitNewPageAsync(
            [.. ContentAdmin.PageFields("Publicación puntual", "Sale sola a su hora.", "publicacion-puntual", "Publicada por el programador de tareas."), new("PublishAt", publishAt)],
            "Publicar"))
        {
            await ContentAdmin.ItemIdFromRedirectAsync(schedule);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/publicacion-puntual")).Status);

        // Bounded wait: the task runs every ten seconds; thirty covers a late tick without hanging a broken build.
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 60 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            status = (await Host.PublicAsync("/publicacion-puntual")).Status;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
