using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Core.Theming;

/// <summary>
/// The site's public addresses: where an item is read (from its type's registered <see cref="ContentPath"/>), and
/// absolute addresses for what leaves the site (feeds, sitemaps, social cards and posts, JSON-LD, OAuth redirects):
/// the configured base URL, or the request's own scheme and host when none is set.
/// </summary>
public sealed class PublicUrls(ISiteSettingsStore settings, IContentDefinitionStore definitions, IHttpContextAccessor http)
{
    /// <summary>What an address has outside a request when no base URL is configured (a background task).</summary>
    private const string FallbackBase = "http://localhost";

    /// <returns>The item's root-relative address ("/tramites/empadronarse"); null when its type has no public page or its slug is empty.</returns>
    public string? PathOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (definitions.Find(item.ContentType) is not { Path: { } path } definition)
        {
            return null;
        }

        return path.BySlug ? path.Of(ContentSerializer.Deserialize(item.Data, definition.ModelType)) : path.Path;
    }

    public Task<string> BaseAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return BaseOfAsync(request, cancellationToken);
    }

    /// <summary>The base URL for the request under way, if any; outside a request, the configured one or <c>http://localhost</c>.</summary>
    public Task<string> BaseAsync(CancellationToken cancellationToken = default) =>
        BaseOfAsync(http.HttpContext?.Request, cancellationToken);

    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        return Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? pathOrUrl
            : baseUrl.TrimEnd('/') + "/" + pathOrUrl.TrimStart('/');
    }

    private async Task<string> BaseOfAsync(HttpRequest? request, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        if (!string.IsNullOrWhiteSpace(site.BaseUrl))
        {
            return site.BaseUrl.TrimEnd('/');
        }

        return request is null ? FallbackBase : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
