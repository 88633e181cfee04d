using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

/// <summary>People the user-management tests need, made straight through Identity so each test sets up only what it checks.</summary>
internal static partial class TestUsers
{
    public const string Password = "Clave-De-Prueba-2026";

    public static Task CreateUserAsync(this PortalHost host, string userName, params string[] roles) =>
        host.RunAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = userName, Email = userName + "@portal.test", EmailConfirmed = true, DisplayName = userName };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        });

    public static Task<string> UserIdAsync(this PortalHost host, string userName) =>
        host.RunAsync(async (services, _) => (await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.Id);

    public static Task<string> RoleIdAsync(this PortalHost host, string roleName) =>
        host.RunAsync(async (services, _) => (await services.GetRequiredService<RoleManager<PortalRole>>().FindByNameAsync(roleName))!.Id);

    /// <summary>Where a redirect sends the browser, as a path (cookie auth writes absolute URLs, pages relative ones).</summary>
    public static string RedirectPath(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The admin cookie a sign-in response set (every chunk of it), as a <c>Cookie</c> header carries it.</summary>
    public static string SessionCookie(HttpResponseMessage signIn)
    {
        var parts = signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("portal.admin", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(parts);
        return string.Join("; ", parts);
    }

    /// <summary>Sends a copied cookie from a client that has never signed in, as someone who stole it would.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(this PortalHost host, string cookie, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>The text of the sign-in page's error box.</summary>
    public static string SignInError(string html)
    {
        var match = SignInErrorPattern().Match(html);
        Assert.True(match.Success, "The sign-in page shows no error.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("id=\"signin-error\">([^<]*)<")]
    private static partial Regex SignInErrorPattern();
}
