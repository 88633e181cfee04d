using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Portal.Testing;

/// <summary>Drives server-rendered forms the way a browser would: read the page, keep the antiforgery token, post.</summary>
public static partial class HttpForms
{
    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"The page {path} has no antiforgery token: is it a form page?");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Loads <paramref name="formPath"/> for its token, then posts the fields to <paramref name="action"/> (the same page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPath);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action ?? formPath, content);
    }

    /// <summary>A client signed in to the admin; fails the test when the sign-in does not succeed.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalHost host, string userName = PortalHost.AdminUserName, string password = PortalHost.AdminPassword)
    {
        var client = host.CreateBrowserLikeClient();
        using var response = await client.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {userName} failed with {(int)response.StatusCode}.");
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password) =>
        client.PostFormAsync("/admin/acceso", [new("Input.UserName", userName), new("Input.Password", password)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
