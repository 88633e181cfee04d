using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.IntegrationTests.CitizenTypes;
using Portal.IntegrationTests.Contents;
using Portal.IntegrationTests.Media;
using Portal.IntegrationTests.Search;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Search.Synonyms;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

/// <summary>A source site that queues deliveries but sends none, and an empty <see cref="Target"/> with its own database and App_Data.</summary>
public sealed class PackageSitesFixture : PortalFixture
{
    public PortalFixture Target { get; } = new();

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:DispatcherEnabled", "false");
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Target.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed partial class RecipePackageTests(PackageSitesFixture fixture) : PortalTest<PackageSitesFixture>(fixture), IClassFixture<PackageSitesFixture>
{
    private const string Secret = "bot-token-secreto-123";
    private const string PostPath = "/blog/la-banda-municipal-vuelve-a-la-plaza-mayor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_package_exported_over_http_imports_into_an_empty_site_with_the_same_pages_files_synonyms_and_channels_without_credentials()
    {
        using var source = await Host.SignedInClientAsync();
        var asset = await UploadImageAsync(source);
        var protectedCredentials = await AddChannelAsync();
        using var synonyms = await source.PostFormAsync("/admin/busqueda", [new("Synonyms", string.Join('\n', DefaultSynonyms.Lines.Append("marimba, xilófono")))], "/admin/busqueda?handler=Synonyms");
        Assert.Equal(HttpStatusCode.Redirect, synonyms.StatusCode);
        using var published = await source.PostNewAsync("entrada",
        [
            .. CitizenTypesSetup.CommonFields("La banda municipal vuelve a la plaza mayor", "Conciertos gratuitos los domingos de verano.", "cultura-y-deportes"),
            new("Edit.Body", "La banda toca marimba y metales en la plaza mayor cada domingo a las 12:00."),
            new("Edit.AuthorName", "Oficina de prensa"),
            new("Edit.Kind", "Notice"),
            new("Edit.Image.AssetId", asset.Id),
            new("Edit.Image.Alt", "La banda municipal tocando en la plaza mayor"),
        ], "Publicar");
        await ContentAdmin.ItemIdFromRedirectAsync(published);

        using var download = await source.GetAsync(RecipeTestSite.ImportPath + "?handler=ExportPackage", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^portal-export-\d{8}\.zip$", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var package = await download.Content.ReadAsByteArrayAsync(Ct);
        var recipe = Entries(package);
        Assert.Equal(["media/" + asset.StorageKey, "recipe.json"], recipe.Keys.Order(StringComparer.Ordinal));
        var recipeJson = Encoding.UTF8.GetString(recipe["recipe.json"]);
        Assert.DoesNotContain(Secret, recipeJson, StringComparison.Ordinal);
        Assert.DoesNotContain(protectedCredentials, recipeJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Credentials", recipeJson, StringComparison.OrdinalIgnoreCase);

        var target = Fixture.Target.Host;
        using var targetAdmin = await target.SignedInClientAsync();
        using var imported = await targetAdmin.UploadPackageAsync(package, "portal-export.zip");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var message = WebUtility.HtmlDecode(await targetAdmin.GetStringAsync(RecipeTestSite.ImportPath, Ct));
        Assert.Contains("Receta «portal-export» importada", message, StringComparison.Ordinal);
        Assert.Contains("channels, media, content", message, StringComparison.Ordinal);

        foreach (var path in new[] { PostPath, "/blog", "/" })
        {
            var (sourceStatus, sourceHtml) = await Host.PublicAsync(path);
            var (targetStatus, targetHtml) = await target.PublicAsync(path);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (sourceStatus, targetStatus));
            Assert.Equal(MainContent(sourceHtml), MainContent(targetHtml));
        }

        var post = MainContent((await target.PublicAsync(PostPath)).Html);
        Assert.Contains("La banda municipal tocando en la plaza mayor", WebUtility.HtmlDecode(post), StringComparison.Ordinal);
        var variant = MediaAddress().Match(post);
        Assert.True(variant.Success, "The imported post shows no image from the library.");
        using var visitor = target.CreateBrowserLikeClient();
        using var image = await visitor.GetAsync(WebUtility.HtmlDecode(variant.Groups[1].Value), Ct);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.StartsWith("image/", image.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var targetAsset = await target.RunAsync((s, ct) => s.GetRequiredService<PortalDbContext>().Set<MediaAsset>().AsNoTracking().SingleAsync(a => a.Id == asset.Id, ct));
        Assert.Equal((asset.StorageKey, asset.Hash, asset.AltText), (targetAsset.StorageKey, targetAsset.Hash, targetAsset.AltText));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(Fixture.AppDataPath, "media", asset.StorageKey), Ct),
            await File.ReadAllBytesAsync(Path.Combine(Fixture.Target.AppDataPath, "media", targetAsset.StorageKey), Ct));

        var found = await target.SearchUntilFoundAsync("xilofono");
        Assert.Equal("la-banda-municipal-vuelve-a-la-plaza-mayor", Assert.Single(found.Items).Slug());

        var (channel, templates, deliveries) = await target.RunAsync(async (s, ct) =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(ct);
            var templates = await db.Set<ChannelTemplate>().AsNoTracking().Where(t => t.ChannelId == channel.Id).Select(t => t.ContentType + ": " + t.Template).ToListAsync(ct);
            return (channel, templates, await db.Set<Delivery>().CountAsync(ct));
        });
        Assert.Equal((SocialNetwork.Telegram, "Telegram del ayuntamiento", "https://sandbox.portal.test/telegram", "@villanueva_rio", 4096),
            (channel.Network, channel.Name, channel.ApiBaseUrl, channel.Account, channel.MaxCharacters));
        Assert.Equal((ChannelState.Disabled, ""), (channel.State, channel.ProtectedCredentials));
        Assert.Equal(["entrada: {{ titulo }}\n\n{{ enlace }}"], templates);
        Assert.Equal(0, deliveries);
        Assert.DoesNotContain(Fixture.Target.Logs.Records, r => r.Level >= LogLevel.Warning);
    }

    /// <summary>Uploads a photo through the media library's admin form, as an editor does.</summary>
    private async Task<MediaAsset> UploadImageAsync(HttpClient admin)
    {
        var token = await admin.AntiforgeryTokenAsync("/admin/medios");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("plaza, música"), "etiquetas" },
        };
        var part = new ByteArrayContent(TestImages.Jpeg(1200, 800));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "archivos", "banda-plaza-mayor.jpg");
        using var response = await admin.PostAsync("/admin/medios", form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Host.RunAsync(async (s, ct) =>
        {
            var id = await s.GetRequiredService<PortalDbContext>().Set<MediaAsset>().Where(a => a.FileName == "banda-plaza-mayor.jpg").Select(a => a.Id).SingleAsync(ct);
            var described = await s.GetRequiredService<IMediaLibrary>().UpdateDetailsAsync(id, new MediaDetails
            {
                AltText = "La banda municipal en la plaza",
                Credit = "Ayuntamiento de Villanueva del Río",
                Licence = "CC BY 4.0",
                Tags = ["plaza", "música"],
            }, ct);
            Assert.True(described.Succeeded, described.Error);
            return described.Asset!;
        });
    }

    /// <returns>The channel's credentials as stored, encrypted.</returns>
    private Task<string> AddChannelAsync() => Host.RunAsync(async (s, ct) =>
    {
        var unitOfWork = s.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        var channel = unitOfWork.Db.Add(new Channel
        {
            Network = SocialNetwork.Telegram,
            Name = "Telegram del ayuntamiento",
            ApiBaseUrl = "https://sandbox.portal.test/telegram",
            Account = "@villanueva_rio",
            ProtectedCredentials = s.GetRequiredService<CredentialProtector>().Protect(new ChannelCredentials(Secret)),
            State = ChannelState.Active,
            MaxCharacters = 4096,
            CreatedUtc = DateTime.UtcNow,
        }).Entity;
        await unitOfWork.Db.SaveChangesAsync(ct);
        unitOfWork.Db.Add(new ChannelTemplate { ChannelId = channel.Id, ContentType = "entrada", Template = "{{ titulo }}\n\n{{ enlace }}" });
        await unitOfWork.CommitAsync(ct);
        return channel.ProtectedCredentials;
    });

    private static Dictionary<string, byte[]> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>
    /// The page's main content without its hidden form fields: the feedback form names the version it is about and
    /// carries an antiforgery token, ids each site makes its own.
    /// </summary>
    private static string MainContent(string html)
    {
        var main = Regex.Match(html, "<main[^>]*>.*?</main>", RegexOptions.Singleline);
        Assert.True(main.Success, "The page has no <main>.");
        return HiddenField().Replace(main.Value, "");
    }

    [GeneratedRegex("<input type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenField();

    [GeneratedRegex("(?:src|srcset)=\"(/medios/[^\" ,]+)")]
    private static partial Regex MediaAddress();
}
