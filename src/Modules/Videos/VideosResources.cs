namespace Portal.Videos;

/// <summary>Marker for this module's Spanish texts in Resources/VideosResources.resx.</summary>
public sealed class VideosResources;
