namespace Portal.PublicSite.Home;

/// <summary>What the home page highlights, chosen at /admin/portada.</summary>
public sealed class HomeOptions
{
    public const int MaxFeatured = 9;

    /// <summary>Item ids of the trámites shown first on the home page, in this order.</summary>
    public List<string> FeaturedItemIds { get; set; } = [];
}
