namespace Portal.Core.Settings;

/// <summary>The administration's identity as citizens see it. Set by the setup recipe, edited in the admin.</summary>
public sealed class SiteOptions
{
    public string SiteName { get; set; } = "Portal";

    /// <summary>The administration's full name, e.g. "Ayuntamiento de Villanueva".</summary>
    public string Organization { get; set; } = "";

    public string? Tagline { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Address { get; set; }

    /// <summary>Absolute base URL used in feeds, sitemaps and social cards; the request's own when empty.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>IANA time zone in which editors enter dates and citizens read them; storage is always UTC.</summary>
    public string TimeZoneId { get; set; } = "Europe/Madrid";

    /// <summary>UTC moment the setup recipe finished; null until then.</summary>
    public DateTime? SetupCompletedUtc { get; set; }
}
