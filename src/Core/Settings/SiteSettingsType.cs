namespace Portal.Core.Settings;

/// <summary>
/// A settings class known by its key, so a recipe's JSON for that key is checked against the class before it is
/// saved. Register with <c>services.AddSiteSettings&lt;T&gt;()</c>; unknown keys are stored as they come.
/// </summary>
public sealed record SiteSettingsType(string Key, Type Type);
