namespace Portal.Infographics;

/// <summary>Marker for this module's Spanish texts in Resources/InfographicsResources.resx.</summary>
public sealed class InfographicsResources;
