using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

public sealed class SignInTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_admin_redirects_anonymous_visitors_to_sign_in()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/acceso", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_administrator_signs_in_and_reaches_the_dashboard()
    {
        using var client = await Host.SignedInClientAsync();

        var dashboard = await client.GetStringAsync("/admin", Ct);

        Assert.Contains("Escritorio", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_Spanish_message()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var wrongPassword = await client.SignInAsync(PortalHost.AdminUserName, "no-es-la-contraseña");
        using var unknownUser = await client.SignInAsync("nadie-con-este-nombre", "no-es-la-contraseña");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var first = await wrongPassword.Content.ReadAsStringAsync(Ct);
        var second = await unknownUser.Content.ReadAsStringAsync(Ct);
        Assert.Contains("No hemos podido iniciar sesión con esos datos", first, StringComparison.Ordinal);
        Assert.Contains("No hemos podido iniciar sesión con esos datos", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/admin/acceso", new FormUrlEncodedContent([new("Input.UserName", PortalHost.AdminUserName), new("Input.Password", PortalHost.AdminPassword)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_so_another_site_cannot_sign_staff_out()
    {
        ExpectLog(r => r.Category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var client = await Host.SignedInClientAsync();

        using var forged = await client.PostAsync("/admin/salir", new FormUrlEncodedContent([]), Ct);
        using var stillIn = await client.GetAsync("/admin", Ct);
        using var signOut = await client.PostFormAsync("/admin", [], "/admin/salir");
        using var afterSignOut = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
    }
}
