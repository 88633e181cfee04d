namespace Portal.Themes.Default;

/// <summary>Marker for this module's Spanish texts in Resources/ThemesDefaultResources.resx.</summary>
public sealed class ThemesDefaultResources;
