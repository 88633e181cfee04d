namespace Portal.PlainLanguage;

/// <summary>Marker for this module's Spanish texts in Resources/PlainLanguageResources.resx.</summary>
public sealed class PlainLanguageResources;
