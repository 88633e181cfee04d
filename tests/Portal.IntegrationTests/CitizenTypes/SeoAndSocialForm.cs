using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.IntegrationTests.Contents;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>The SEO and social sections every citizen type's editor shares, as the tests of each type post and check them.</summary>
internal static class SeoAndSocialForm
{
    public const string InvalidCanonical = "sede/otra-pagina";

    public const string InvalidHashtag = "mal-etiqueta";

    private static readonly int MastodonRow = SocialNetworks.All.ToList().IndexOf(SocialNetworks.Mastodon);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The sections as the form posts them: one row per network, with text only in Mastodon's.</summary>
    public static List<KeyValuePair<string, string>> Fields(string metaTitle, string metaDescription, string mastodonText, string hashtags = "#Villanueva", string canonical = "") =>
    [
        new("Edit.Seo.MetaTitle", metaTitle),
        new("Edit.Seo.MetaDescription", metaDescription),
        new("Edit.Seo.CanonicalUrl", canonical),
        .. SocialNetworks.All.Select((network, i) => new KeyValuePair<string, string>($"Edit.Social.Networks[{i}].Network", network)),
        new($"Edit.Social.Networks[{MastodonRow}].Description", mastodonText),
        new($"Edit.Social.Networks[{MastodonRow}].Hashtags", hashtags),
    ];

    /// <summary>Fields that the SEO and social rules refuse, even in a draft.</summary>
    public static List<KeyValuePair<string, string>> InvalidFields(string mastodonText) =>
        Fields("Título para buscadores", "Descripción para buscadores.", mastodonText, "#Villanueva " + InvalidHashtag, InvalidCanonical);

    public static async Task AssertHeadAsync(PortalHost host, string path, string metaTitle, string metaDescription)
    {
        var (status, html) = await host.PublicAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        var decoded = WebUtility.HtmlDecode(html);
        Assert.Contains($"<title>{metaTitle} · ", decoded, StringComparison.Ordinal);
        Assert.Equal(metaDescription, CitizenTypesSetup.Meta(html, "description"));
        Assert.Equal(metaTitle, CitizenTypesSetup.Meta(html, "og:title"));
    }

    public static async Task AssertStoredMastodonTextAsync(PortalHost host, string itemId, string mastodonText)
    {
        var social = await host.RunAsync(async (s, ct) =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await contents.GetAsync(itemId, VersionOptions.Published, ct);
            Assert.NotNull(item);
            return ((ICitizenContent)contents.GetModel(item)).Social;
        });
        var texts = Assert.Single(social.Networks);
        Assert.Equal(SocialNetworks.Mastodon, texts.Key);
        Assert.Equal(mastodonText, texts.Value.Description);
        Assert.Equal(["Villanueva"], texts.Value.Hashtags);
    }

    /// <summary>The refused form: each error in Spanish next to its field, both sections open, and what was typed kept.</summary>
    public static async Task AssertRefusedAsync(HttpResponseMessage response, string mastodonText)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var decoded = WebUtility.HtmlDecode(html);
        Assert.Equal("La dirección canónica debe ser una dirección web completa, que empiece por https://.", ContentAdmin.FieldError(html, "Edit_Seo_CanonicalUrl"));
        Assert.Contains(
            $"<p class=\"field-error\" id=\"Edit_Social_Networks_{MastodonRow}__Hashtags-error\">Redes sociales: la etiqueta «{InvalidHashtag}» solo puede tener letras",
            decoded, StringComparison.Ordinal);
        Assert.Contains("<details class=\"part-details\" id=\"Edit_Seo\" open=\"open\">", decoded, StringComparison.Ordinal);
        Assert.Contains("<details class=\"part-details\" id=\"Edit_Social\" open=\"open\">", decoded, StringComparison.Ordinal);
        Assert.Contains($"value=\"{InvalidCanonical}\"", decoded, StringComparison.Ordinal);
        Assert.Contains("value=\"Título para buscadores\"", decoded, StringComparison.Ordinal);
        Assert.Contains($">{mastodonText}</textarea>", decoded, StringComparison.Ordinal);
        Assert.Contains($"value=\"#Villanueva {InvalidHashtag}\"", decoded, StringComparison.Ordinal);
    }
}
