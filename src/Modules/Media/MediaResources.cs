namespace Portal.Media;

/// <summary>Marker for this module's Spanish texts in Resources/MediaResources.resx.</summary>
public sealed class MediaResources;
