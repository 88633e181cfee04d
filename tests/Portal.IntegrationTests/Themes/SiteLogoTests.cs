using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.IntegrationTests.Media;
using Portal.Media.Assets;
using Portal.Media.Theming;
using Portal.Testing;

namespace Portal.IntegrationTests.Themes;

/// <summary>The coat of arms taken on the setup page: kept in the media library and shown in the public header.</summary>
public sealed partial class SiteLogoTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private const string SetupPath = "/admin/puesta-en-marcha";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_png_uploaded_on_the_setup_page_shows_beside_the_site_name_in_the_header()
    {
        using var admin = await Host.SignedInClientAsync();
        using var visitor = Host.CreateBrowserLikeClient();

        using var saved = await PostSetupAsync(admin, ("escudo.png", TestImages.Png(240, 300)));
        var header = HeaderLink(await visitor.GetStringAsync("/", Ct));
        var src = WebUtility.HtmlDecode(ImageSource().Match(header).Groups["src"].Value);
        using var image = await visitor.GetAsync(src, Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Escudo de Villanueva", header, StringComparison.Ordinal);
        // Inside the home link beside the visible name, which already names the link: decorative.
        Assert.Contains("alt=\"\"", header, StringComparison.Ordinal);
        Assert.StartsWith("/medios/", src, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.StartsWith("image/", image.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_at_the_field_and_nothing_is_stored()
    {
        using var admin = await Host.SignedInClientAsync();
        var assets = await AssetCountAsync();
        var logo = await LogoAssetAsync();

        using var refused = await PostSetupAsync(admin, ("escudo.txt", Encoding.UTF8.GetBytes("Esto no es una imagen.")));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"site-logo-error\">No se ha guardado «escudo.txt»: [^<]+<", page);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal(assets, await AssetCountAsync());
        Assert.Equal(logo, await LogoAssetAsync());
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient client, (string Name, byte[] Content) logo)
    {
        var token = await client.AntiforgeryTokenAsync(SetupPath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Escudo de Villanueva"), "Input.SiteName" },
            { new StringContent("https://www.villanueva.example"), "Input.BaseUrl" },
            { new StringContent(PortalHost.AdminEmail), "Input.Email" },
        };
        var part = new ByteArrayContent(logo.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "Logo", logo.Name);
        return await client.PostAsync(SetupPath, form, Ct);
    }

    private static string HeaderLink(string home) => HomeLink().Match(home) is { Success: true } link ? link.Value : throw new InvalidOperationException("The home page has no site-name link.");

    private Task<int> AssetCountAsync() =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MediaAsset>().CountAsync(ct));

    private Task<string?> LogoAssetAsync() =>
        Host.RunAsync(async (services, ct) => (await services.GetRequiredService<ISiteSettingsStore>().GetAsync<SiteLogoSettings>(ct)).AssetId);

    [GeneratedRegex("<a class=\"site-name\" href=\"/\">.*?</a>", RegexOptions.Singleline)]
    private static partial Regex HomeLink();

    [GeneratedRegex("<img src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ImageSource();
}
