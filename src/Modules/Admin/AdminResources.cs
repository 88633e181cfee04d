namespace Portal.Admin;

/// <summary>Marker for this module's Spanish texts in Resources/AdminResources.resx.</summary>
public sealed class AdminResources;
