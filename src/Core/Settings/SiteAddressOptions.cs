namespace Portal.Core.Settings;

/// <summary>
/// Bound from <c>Portal:Site</c>. The public address set by whoever deploys the site wins over the one an
/// administrator typed in the settings, so a restored backup or a copied database never posts links to another site.
/// </summary>
public sealed class SiteAddressOptions
{
    public const string Section = "Portal:Site";

    public const string InvalidMessage = "Portal:Site:BaseUrl must be an absolute http:// or https:// address, such as https://www.ayuntamiento.es.";

    /// <summary>The portal's public address, e.g. <c>https://www.villanueva.es</c>; unset leaves it to the site settings.</summary>
    public string? BaseUrl { get; set; }

    public static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0;
}
