using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>
/// A site for the blog, infographic and video tests. Those types link to trámites; while no module defines the
/// "tramite" type, a stand-in with the catalog's shared parts and a "/tramites/{slug}" address takes its place.
/// </summary>
public sealed class CitizenTypesFixture : PortalFixture
{
    public const string TramiteType = "tramite";

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            if (!services.Any(d => d.ImplementationInstance is ContentTypeDefinition { Name: TramiteType }))
            {
                services.AddContentType<StandInTramite>(TramiteType, t => t.Common.Title);
                services.AddSingleton<IContentUrlProvider, StandInTramiteUrls>();
            }
        });
    }

    public sealed class StandInTramite : ICitizenContent
    {
        public CommonPart Common { get; set; } = new();

        public SeoPart Seo { get; set; } = new();

        public SocialPart Social { get; set; } = new();

        public IEnumerable<ContentText> Texts() => [];
    }

    private sealed class StandInTramiteUrls(IContentDefinitionStore definitions) : IContentUrlProvider
    {
        public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default) =>
            Task.FromResult(item.ContentType == TramiteType && definitions.Find(TramiteType) is { ModelType: var type } && type == typeof(StandInTramite)
                ? "/tramites/" + ((StandInTramite)ContentSerializer.Deserialize(item.Data, type)).Common.Slug
                : null);
    }
}

/// <summary>What the tests of the three types do to the site directly: trámites to link to, and media files.</summary>
internal static class CitizenTypesSetup
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<string> TramiteAsync(this PortalHost host, string title, bool publish = true) =>
        host.RunAsync(async (s, ct) =>
        {
            var model = new CitizenTypesFixture.StandInTramite
            {
                Common = new CommonPart { Title = title, Summary = "Qué necesitas y cómo hacerlo.", Topics = ["padron-y-censo"] },
            };
            var result = await s.GetRequiredService<IContentManager>().CreateAsync(CitizenTypesFixture.TramiteType, model, PortalHost.AdminUserName, publish, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Item!.ItemId;
        });

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
