using System.Net;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Admin;

/// <summary>A site whose public address is left to the administrator (no <c>Portal:Site:BaseUrl</c>).</summary>
public sealed class AddressInSettingsFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Site:BaseUrl", null);
    }
}

public sealed class SiteSettingsPageTests(AddressInSettingsFixture fixture) : PortalTest<AddressInSettingsFixture>(fixture), IClassFixture<AddressInSettingsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_site_name_shows_on_the_public_home_page_at_once()
    {
        using var admin = await Host.SignedInClientAsync();
        using var visitor = Host.CreateBrowserLikeClient();
        await visitor.GetStringAsync("/", Ct);

        using var saved = await admin.PostFormAsync("/admin/ajustes", Fields("Concello de Proba"));
        var home = await visitor.GetStringAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Concello de Proba", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_values_are_refused_in_Spanish_and_keep_what_was_typed()
    {
        using var admin = await Host.SignedInClientAsync();
        var before = await admin.GetStringAsync("/admin/ajustes", Ct);

        using var response = await admin.PostFormAsync("/admin/ajustes", Fields("Nombre nuevo", email: "no-es-un-correo", baseUrl: "ftp://x", timeZone: "Marte/Olimpo"));
        var page = await response.Content.ReadAsStringAsync(Ct);
        var after = await admin.GetStringAsync("/admin/ajustes", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escribe un correo electrónico válido", page, StringComparison.Ordinal);
        Assert.Contains("Escribe una dirección completa que empiece por https://", page, StringComparison.Ordinal);
        Assert.Contains("Esa zona horaria no existe", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Nombre nuevo\"", page, StringComparison.Ordinal);
        Assert.Equal(ValueOf(before), ValueOf(after));
    }

    [Fact]
    public async Task Only_administrators_change_site_settings()
    {
        await Host.CreateUserAsync("ajustes-editor", "Editor");
        using var client = await Host.SignedInClientAsync("ajustes-editor", TestUsers.Password);

        using var response = await client.GetAsync("/admin/ajustes", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/acceso-denegado", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The whole input tag of the field with that id.</summary>
    internal static string ValueOf(string page, string id = "Input_SiteName")
    {
        var start = page.LastIndexOf('<', page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal));
        return page[start..page.IndexOf('>', start)];
    }

    internal static KeyValuePair<string, string>[] Fields(string siteName, string email = "info@proba.gal", string baseUrl = "https://proba.gal", string timeZone = "Europe/Madrid") =>
    [
        new("Input.SiteName", siteName),
        new("Input.Organization", "Concello de Proba"),
        new("Input.Tagline", ""),
        new("Input.ContactPhone", "010"),
        new("Input.ContactEmail", email),
        new("Input.Address", "Praza Maior 1"),
        new("Input.BaseUrl", baseUrl),
        new("Input.TimeZoneId", timeZone),
    ];
}

/// <summary>With <c>Portal:Site:BaseUrl</c> set, the settings page shows that address, read-only, and says where it comes from.</summary>
public sealed class ConfiguredAddressSettingsTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_configured_address_is_shown_read_only_and_a_post_does_not_change_it()
    {
        using var admin = await Host.SignedInClientAsync();

        using var saved = await admin.PostFormAsync("/admin/ajustes", SiteSettingsPageTests.Fields("Concello de Proba", baseUrl: "https://otra.example"));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/ajustes", Ct));
        var field = SiteSettingsPageTests.ValueOf(page, "Input_BaseUrl");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"value=\"{PortalHost.PublicBaseUrl}\"", field, StringComparison.Ordinal);
        Assert.Contains("readonly", field, StringComparison.Ordinal);
        Assert.Contains("fijada en la configuración del servidor (Portal:Site:BaseUrl)", page, StringComparison.Ordinal);
    }
}
