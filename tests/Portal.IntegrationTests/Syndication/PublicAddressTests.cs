using System.Globalization;
using System.Net;
using Portal.IntegrationTests.Contents;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// Publications made without a request (the scheduler here) link to the configured public address, never to
/// http://localhost.
/// </summary>
[Trait("Requires", "TaskScheduler")]
public sealed class ScheduledSyndicationTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_post_published_by_the_scheduler_links_to_the_configured_address()
    {
        using var admin = await Host.SignedInClientAsync();
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var publishAt = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(10), madrid).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        string itemId;
        using (var schedule = await admin.SubmitNewPageAsync(
            [.. ContentAdmin.PageFields("Corte de agua programado", "El martes por la mañana.", "corte-de-agua", "Sin agua de 9 a 12."), new("PublishAt", publishAt)],
            "Publicar"))
        {
            itemId = await ContentAdmin.ItemIdFromRedirectAsync(schedule);
        }

        Assert.Empty(await Host.DeliveriesAsync(itemId));

        var deliveries = await SyndicationTestSteps.WaitAsync(async () => await Host.DeliveriesAsync(itemId) is { Count: 6 } all ? all : null);

        Assert.All(deliveries, d =>
        {
            Assert.StartsWith(PortalHost.PublicBaseUrl + "/s/", d.Link, StringComparison.Ordinal);
            Assert.Equal(PortalHost.PublicBaseUrl + "/corte-de-agua", d.TargetUrl);
            Assert.Contains(d.Link, d.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost", d.Text, StringComparison.Ordinal);
        });
    }
}

/// <summary>A site with channels but no public address, neither configured nor set in the admin.</summary>
public sealed class NoAddressFixture : SyndicationFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Site:BaseUrl", null);
    }
}

/// <summary>Until the public address is known nothing is queued for the networks; the admin says why and where to set it.</summary>
public sealed class MissingAddressTests(NoAddressFixture fixture) : SyndicationTest<NoAddressFixture>(fixture), IClassFixture<NoAddressFixture>
{
    private const string SetupPath = "/admin/puesta-en-marcha";
    private const string Banner = "Las publicaciones no se envían a las redes sociales hasta que indiques la dirección pública del portal";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nothing_is_queued_until_the_setup_page_sets_the_address_and_then_posts_link_to_it()
    {
        var before = await Host.PublishPageAsync("Horario de verano de la biblioteca");

        Assert.Empty(await Host.DeliveriesAsync(before.ItemId));
        using var admin = Host.CreateBrowserLikeClient();
        using (var signIn = await admin.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(SetupPath, signIn.Headers.Location!.OriginalString);
        }

        foreach (var path in new[] { "/admin", "/admin/difusion/canales", "/admin/difusion/tipos" })
        {
            var page = WebUtility.HtmlDecode(await admin.GetStringAsync(path, Ct));
            Assert.Contains(Banner, page, StringComparison.Ordinal);
            Assert.Contains($"href=\"{SetupPath}\"", page, StringComparison.Ordinal);
        }

        var setup = await admin.GetStringAsync(SetupPath, Ct);
        Assert.Contains($"value=\"{Host.BaseAddress.ToString().TrimEnd('/')}\"", setup, StringComparison.Ordinal);

        using (var saved = await admin.PostFormAsync(SetupPath, Fields("https://www.villanueva.example/")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.DoesNotContain(Banner, WebUtility.HtmlDecode(await admin.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);
        var after = await Host.PublishPageAsync("Nuevo horario de la piscina");
        var deliveries = await Host.DeliveriesAsync(after.ItemId);
        Assert.Equal(6, deliveries.Count);
        Assert.All(deliveries, d => Assert.StartsWith("https://www.villanueva.example/s/", d.Link, StringComparison.Ordinal));

        // What was published meanwhile is not sent afterwards by itself.
        Assert.Empty(await Host.DeliveriesAsync(before.ItemId));
    }

    [Fact]
    public async Task The_setup_page_refuses_a_bad_address_and_a_weak_password_with_messages_tied_to_their_fields()
    {
        using var admin = await Host.SignedInClientAsync();

        using var badAddress = await admin.PostFormAsync(SetupPath, Fields("www.villanueva"));
        var page = WebUtility.HtmlDecode(await badAddress.Content.ReadAsStringAsync(Ct));
        using var weakPassword = await admin.PostFormAsync(SetupPath, Fields("https://www.villanueva.example", password: "corta"));
        var passwordPage = WebUtility.HtmlDecode(await weakPassword.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, badAddress.StatusCode);
        Assert.Contains("Escribe una dirección completa que empiece por https://", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"base-url-hint base-url-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"base-url-error\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"www.villanueva\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, weakPassword.StatusCode);
        Assert.Contains("La contraseña debe tener al menos 12 caracteres.", passwordPage, StringComparison.Ordinal);
        Assert.Contains("id=\"password-error\"", passwordPage, StringComparison.Ordinal);
        // A refused password leaves the sign-in as it was.
        using var again = Host.CreateBrowserLikeClient();
        using var signIn = await again.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private static KeyValuePair<string, string>[] Fields(string baseUrl, string password = "") =>
    [
        new("Input.SiteName", "Ayuntamiento de Villanueva"),
        new("Input.BaseUrl", baseUrl),
        new("Input.Email", PortalHost.AdminEmail),
        new("Input.Password", password),
        new("Input.ConfirmPassword", password),
    ];
}
