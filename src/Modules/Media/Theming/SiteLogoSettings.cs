namespace Portal.Media.Theming;

/// <summary>Which library asset is the site's coat of arms or logo; none until an administrator uploads one.</summary>
public sealed class SiteLogoSettings
{
    public string? AssetId { get; set; }
}
