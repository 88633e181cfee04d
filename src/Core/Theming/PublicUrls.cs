using Microsoft.AspNetCore.Http;
using Portal.Core.Settings;

namespace Portal.Core.Theming;

/// <summary>
/// Absolute addresses for what leaves the site (feeds, sitemaps, social cards, JSON-LD): the configured base URL,
/// or the request's own scheme and host when none is set.
/// </summary>
public sealed class PublicUrls(ISiteSettingsStore settings)
{
    public async Task<string> BaseAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        return string.IsNullOrWhiteSpace(site.BaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : site.BaseUrl.TrimEnd('/');
    }

    public async Task<string> AbsoluteAsync(string pathOrUrl, HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        return Absolute(await BaseAsync(request, cancellationToken), pathOrUrl);
    }

    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        return Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? pathOrUrl
            : baseUrl.TrimEnd('/') + "/" + pathOrUrl.TrimStart('/');
    }
}
