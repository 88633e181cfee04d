using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>Tokens made the way an administrator makes them, and clients that call the API with them.</summary>
internal static partial class ApiClients
{
    public const string TokensPath = "/admin/tokens-api";
    public const string NewTokenPath = "/admin/tokens-api/nuevo";
    public const string Password = "Clave-Segura-2026!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a token through the admin form and returns the secret the page shows once.</summary>
    public static async Task<string> CreateTokenAsync(this HttpClient admin, string userName, string name, string expiresOn = "")
    {
        using var response = await admin.PostFormAsync(NewTokenPath, [new("UserName", userName), new("Name", name), new("ExpiresOn", expiresOn)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var secret = SecretIn(html);
        Assert.True(secret is not null, "The page shows no new token.");
        return secret;
    }

    public static string? SecretIn(string html)
    {
        var match = SecretPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>A client of the API that sends the token, and no cookies.</summary>
    public static HttpClient Bearer(this PortalHost host, string secret)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>An administrator's token, created through the admin pages.</summary>
    public static async Task<HttpClient> AdminApiAsync(this PortalHost host)
    {
        using var admin = await host.SignedInClientAsync();
        return host.Bearer(await admin.CreateTokenAsync(PortalHost.AdminUserName, "Pruebas " + Guid.NewGuid().ToString("N")[..6]));
    }

    /// <summary>A new user with one role and a token of theirs; returns the user name and an API client.</summary>
    public static async Task<(string UserName, HttpClient Api)> UserApiAsync(this PortalHost host, string role)
    {
        var userName = await host.CreateUserAsync(role);
        using var admin = await host.SignedInClientAsync();
        return (userName, host.Bearer(await admin.CreateTokenAsync(userName, "Token de " + userName)));
    }

    public static async Task<string> CreateUserAsync(this PortalHost host, string role)
    {
        var userName = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, Email = userName + "@portal.test", EmailConfirmed = true, DisplayName = userName, CreatedUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return userName;
    }

    /// <summary>How many content rows (versions) the site holds: a refused request must not change it.</summary>
    public static Task<int> ContentRowsAsync(this PortalHost host) =>
        host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.ContentItems.CountAsync(ct));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Ct);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body, Ct);

    /// <summary>The JSON body, after checking the status; the body is in the failure message otherwise.</summary>
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A Problem Details answer with <paramref name="expected"/> status.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        return problem;
    }

    /// <summary>The messages of a validation problem under <paramref name="key"/>; fails when there are none.</summary>
    public static IReadOnlyList<string> ErrorsAt(JsonObject problem, string key)
    {
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(key), $"No errors under \"{key}\": {problem.ToJsonString()}");
        return [.. errors[key]!.AsArray().Select(e => e!.GetValue<string>())];
    }

    public static string Text(this JsonObject json, string property) => json[property]!.GetValue<string>();

    [GeneratedRegex("<code id=\"token-secret\">([^<]+)</code>")]
    private static partial Regex SecretPattern();
}
