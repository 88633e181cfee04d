namespace Portal.Themes.Default.Branding;

/// <summary>The administration's own colour, edited at /admin/tema.</summary>
public sealed class ThemeOptions
{
    public const string DefaultPrimaryColor = "#0b4f8a";

    /// <summary>"#rrggbb"; the header background and the link colour, so it must reach 4.5:1 against white.</summary>
    public string PrimaryColor { get; set; } = DefaultPrimaryColor;
}
