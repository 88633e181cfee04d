namespace Portal.Api;

/// <summary>Marker for this module's Spanish texts in Resources/ApiResources.resx.</summary>
public sealed class ApiResources;
