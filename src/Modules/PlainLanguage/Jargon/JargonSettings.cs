using Portal.PlainLanguage.Checks;

namespace Portal.PlainLanguage.Jargon;

/// <summary>The jargon list administrators edit, kept in site settings; while never saved, the built-in list applies.</summary>
public sealed class JargonSettings
{
    public List<JargonEntry>? Entries { get; set; }
}
