namespace Portal.Taxonomies;

/// <summary>Marker for this module's Spanish texts in Resources/TaxonomiesResources.resx.</summary>
public sealed class TaxonomiesResources;
