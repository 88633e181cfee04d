namespace Portal.PublicSite;

/// <summary>Marker for this module's Spanish texts in Resources/PublicSiteResources.resx.</summary>
public sealed class PublicSiteResources;
