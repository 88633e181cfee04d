namespace Portal.Core;

/// <summary>Marker for the framework's Spanish texts in Resources/CoreResources.resx.</summary>
public sealed class CoreResources;
