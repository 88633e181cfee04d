namespace Portal.Search;

/// <summary>Marker for this module's Spanish texts in Resources/SearchResources.resx.</summary>
public sealed class SearchResources;
