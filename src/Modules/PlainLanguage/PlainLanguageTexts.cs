using Portal.Core.Localization;
using Portal.PlainLanguage.Checks;

namespace Portal.PlainLanguage;

/// <summary>The keys of the texts in <see cref="PlainLanguageResources"/> that a value chooses, one set per kind of text.</summary>
public static class PlainLanguageTexts
{
    /// <summary>A finding's message, formatted with its arguments.</summary>
    public static readonly ResourceKeys<string, PlainLanguageResources> Finding = new("Finding", FindingCodes.All);
}
