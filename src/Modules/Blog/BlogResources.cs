namespace Portal.Blog;

/// <summary>Marker for this module's Spanish texts in Resources/BlogResources.resx.</summary>
public sealed class BlogResources;
