namespace Portal.Syndication;

/// <summary>Marker for this module's Spanish texts in Resources/SyndicationResources.resx.</summary>
public sealed class SyndicationResources;
