namespace Portal.Tramites;

/// <summary>Marker for this module's Spanish texts in Resources/TramitesResources.resx.</summary>
public sealed class TramitesResources;
