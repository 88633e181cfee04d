namespace Portal.Contents;

/// <summary>Marker for this module's Spanish texts in Resources/ContentsResources.resx.</summary>
public sealed class ContentsResources;
