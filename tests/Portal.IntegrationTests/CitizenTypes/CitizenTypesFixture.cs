using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>A site for the blog, infographic and video tests; the trámites they link to are of the real type.</summary>
public sealed class CitizenTypesFixture : PortalFixture
{
    public const string TramiteType = "tramite";
}

/// <summary>What the tests of the three types do to the site directly: trámites to link to, and media files.</summary>
internal static class CitizenTypesSetup
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> TramiteAsync(this PortalHost host, string title, bool publish = true) =>
        (await host.PublishCitizenItemAsync(CitizenTypesFixture.TramiteType, title, ["padron-y-censo"], publish: publish)).ItemId;

    public static Task<MediaAsset> UploadAsync(this PortalHost host, string fileName, byte[] content, string? credit = "Ayuntamiento de Villanueva del Río") =>
        host.RunAsync(async (s, ct) =>
        {
            var result = await s.GetRequiredService<IMediaLibrary>().UploadAsync(
                new MediaUpload(fileName, new MemoryStream(content), PortalHost.AdminUserName) { Credit = credit, Licence = "CC BY 4.0" }, ct);
            Assert.True(result.Succeeded, result.Error);
            return result.Asset!;
        });

    /// <summary>Loads the "new item" form of <paramref name="contentType"/>, then posts the fields through the button labelled <paramref name="button"/>.</summary>
    public static async Task<HttpResponseMessage> PostNewAsync(this HttpClient client, string contentType, IEnumerable<KeyValuePair<string, string>> fields, string button)
    {
        var path = "/admin/contenidos/nuevo/" + contentType;
        var form = await client.GetStringAsync(path, Ct);
        return await client.PostFormAsync(path, fields, Portal.IntegrationTests.Contents.ContentAdmin.ActionOf(form, button));
    }

    public static byte[] Svg(string text) =>
        System.Text.Encoding.UTF8.GetBytes($"""<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#fff"/><text x="40" y="80" font-size="48">{text}</text></svg>""");

    public static byte[] Vtt(string text) => System.Text.Encoding.UTF8.GetBytes($"WEBVTT\n\n00:00.000 --> 00:03.000\n{text}\n");

    /// <summary>Enough of an MP4 header for the library to recognise the file.</summary>
    public static byte[] Mp4() => [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0, (byte)'i', (byte)'s', (byte)'o', (byte)'m', (byte)'m', (byte)'p', (byte)'4', (byte)'1', 0, 0, 0, 8, (byte)'f', (byte)'r', (byte)'e', (byte)'e'];

    public static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The JSON-LD blocks of a page, parsed.</summary>
    public static IReadOnlyList<System.Text.Json.Nodes.JsonObject> JsonLd(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, """<script type="application/ld(?:\+|&#x2B;)json">(.*?)</script>""", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.Json.Nodes.JsonNode.Parse(m.Groups[1].Value)!.AsObject())];

    public static string Meta(string html, string property)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"""<meta (?:property|name)="{System.Text.RegularExpressions.Regex.Escape(property)}" content="([^"]*)">""");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    public static List<KeyValuePair<string, string>> CommonFields(string title, string summary, string topic = "padron-y-censo") =>
    [
        new("Edit.Common.Title", title),
        new("Edit.Common.Summary", summary),
        new("Edit.Common.Topics", topic),
        new("Edit.Common.ResponsibleUnitName", "Oficina de atención ciudadana"),
        new("Edit.Common.OwnerUnit", "Comunicación"),
        new("Edit.Common.OwnerEmail", "comunicacion@villanuevadelrio.es"),
        new("Edit.Common.ChangeType", "Minor"),
    ];
}
