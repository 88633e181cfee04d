using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>Drives the content admin the way an editor's browser would, and reads the public site anonymously.</summary>
internal static partial class ContentAdmin
{
    public const string NewPagePath = "/admin/contenidos/nuevo/page";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string EditPath(string itemId) => "/admin/contenidos/" + itemId;

    public static List<KeyValuePair<string, string>> PageFields(string title, string summary, string slug = "", string body = "") =>
    [
        new("Edit.Title", title),
        new("Edit.Summary", summary),
        new("Edit.Slug", slug),
        new("Edit.Body", body),
    ];

    /// <summary>Creates a page through the "new" form and returns its item id; fails the test if the form refuses.</summary>
    public static async Task<string> CreatePageAsync(this HttpClient client, string title, string summary, string slug = "", string body = "", bool publish = false)
    {
        using var response = await client.SubmitNewPageAsync(PageFields(title, summary, slug, body), publish ? "Publicar" : "Guardar borrador");
        return await ItemIdFromRedirectAsync(response);
    }

    /// <summary>Posts the "new page" form through the button labelled <paramref name="button"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitNewPageAsync(this HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string button)
    {
        var html = await client.GetStringAsync(NewPagePath, Ct);
        return await client.PostFormAsync(NewPagePath, fields, ActionOf(html, button));
    }

    /// <summary>Loads the edit form, then posts the fields through the button labelled <paramref name="button"/>.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(this HttpClient client, string itemId, IEnumerable<KeyValuePair<string, string>> fields, string button = "Guardar borrador")
    {
        var form = await client.LoadFormAsync(itemId);
        return await client.PostEditAsync(itemId, form, fields, button);
    }

    public static async Task<EditForm> LoadFormAsync(this HttpClient client, string itemId)
    {
        var html = await client.GetStringAsync(EditPath(itemId), Ct);
        return new EditForm(Hidden(html, "VersionId"), Hidden(html, "ConcurrencyStamp"), html);
    }

    /// <summary>Posts to the edit form as loaded earlier (a stale form stays stale), where its button would post.</summary>
    public static Task<HttpResponseMessage> PostEditAsync(this HttpClient client, string itemId, EditForm form, IEnumerable<KeyValuePair<string, string>> fields, string button = "Guardar borrador") =>
        client.PostFormAsync(
            EditPath(itemId),
            fields.Concat([new("VersionId", form.VersionId), new("ConcurrencyStamp", form.ConcurrencyStamp)]),
            ActionOf(form.Html, button));

    /// <summary>
    /// Where a browser would post when the button labelled <paramref name="button"/> is pressed: its formaction, or
    /// the action of the form around it. Fails the test when the page has no such button or it posts nowhere.
    /// </summary>
    public static string ActionOf(string html, string button)
    {
        var text = Regex.Escape(button);
        var withFormAction = Regex.Match(html, $"<button[^>]*formaction=\"([^\"]*)\"[^>]*>{text}</button>");
        var inForm = Regex.Match(html, $"<form method=\"post\" action=\"([^\"]*)\">(?:(?!</form>).)*?<button[^>]*>{text}</button>", RegexOptions.Singleline);
        var action = withFormAction.Success ? withFormAction.Groups[1].Value : inForm.Success ? inForm.Groups[1].Value : null;
        Assert.False(action is null, $"The page has no button «{button}».");
        Assert.False(string.IsNullOrEmpty(action), $"The button «{button}» posts nowhere.");
        return WebUtility.HtmlDecode(action);
    }

    public static bool HasButton(string html, string button) => Regex.IsMatch(html, $"<button[^>]*>{Regex.Escape(button)}</button>");

    public static async Task<string> ItemIdFromRedirectAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"The form did not save ({(int)response.StatusCode}): {Errors(await response.Content.ReadAsStringAsync(Ct))}");
        }

        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/contenidos/", location, StringComparison.Ordinal);
        return location["/admin/contenidos/".Length..];
    }

    /// <summary>The public page at <paramref name="path"/> as an anonymous visitor gets it.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PublicAsync(this PortalHost host, string path)
    {
        using var client = host.CreateBrowserLikeClient();
        using var response = await client.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"The page has no hidden field {name}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The error summary's text, for assertion messages and checks.</summary>
    public static string Errors(string html)
    {
        var match = ErrorSummary().Match(html);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Value, "<[^>]+>", " ")) : "(no error summary)";
    }

    /// <summary>The text of the field error shown next to <paramref name="fieldId"/>.</summary>
    public static string FieldError(string html, string fieldId)
    {
        var match = Regex.Match(html, $"<span class=\"field-error[^\"]*\" id=\"{Regex.Escape(fieldId)}-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim() : "";
    }

    [GeneratedRegex("<div class=\"notice notice-error\" role=\"alert\" aria-labelledby=\"error-summary-title\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}

internal sealed record EditForm(string VersionId, string ConcurrencyStamp, string Html);
