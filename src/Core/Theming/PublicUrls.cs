using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Core.Theming;

/// <summary>
/// The site's public addresses: where an item is read (from its type's registered <see cref="ContentPath"/>), and
/// absolute addresses for what leaves the site (feeds, sitemaps, social cards and posts, JSON-LD, OAuth redirects).
/// The one place that knows the public base URL: <c>Portal:Site:BaseUrl</c>, else the site setting, else none.
/// </summary>
public sealed class PublicUrls(ISiteSettingsStore settings, IContentDefinitionStore definitions, IHttpContextAccessor http, IOptions<SiteAddressOptions> address)
{
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

    /// <summary>The address set in configuration, which the settings page shows but cannot change; null when unset.</summary>
    public string? ConfiguredBaseUrl => string.IsNullOrWhiteSpace(address.Value.BaseUrl) ? null : address.Value.BaseUrl.Trim().TrimEnd('/');

    /// <summary>
    /// The portal's public address as configured or set by an administrator; null until one of them says it.
    /// Whatever leaves the site without a citizen's request (social posts) waits for it: a guess would post
    /// links to an internal host name or to localhost.
    /// </summary>
    public async Task<string?> KnownBaseAsync(CancellationToken cancellationToken = default)
    {
        if (ConfiguredBaseUrl is { } configured)
        {
            return configured;
        }

        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        return string.IsNullOrWhiteSpace(site.BaseUrl) ? null : site.BaseUrl.TrimEnd('/');
    }

    /// <summary>The known public address, else the request's own scheme and host (a page that answers a request).</summary>
    public async Task<string> BaseAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await KnownBaseAsync(cancellationToken) ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    /// <summary>The known public address, else the address of the request under way; outside a request there must be a known one.</summary>
    public async Task<string> BaseAsync(CancellationToken cancellationToken = default) =>
        http.HttpContext?.Request is { } request
            ? await BaseAsync(request, cancellationToken)
            : await KnownBaseAsync(cancellationToken)
                ?? throw new InvalidOperationException("No public base URL is known outside a request: set Portal:Site:BaseUrl or the site's address.");

    public static string Absolute(string baseUrl, string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        return Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? pathOrUrl
            : baseUrl.TrimEnd('/') + "/" + pathOrUrl.TrimStart('/');
    }
}
