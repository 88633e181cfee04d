using Microsoft.Extensions.Localization;

namespace Portal.Core.Localization;

/// <summary>
/// Texts that hold a count, in the forms Spanish needs: <c>Key_One</c> for exactly one and <c>Key_Other</c> for the
/// rest (zero included). Languages with more forms add keys here, not conditions in the pages.
/// </summary>
public static class PluralTexts
{
    public static LocalizedString Plural(this IStringLocalizer localizer, string key, int count, params object[] arguments) =>
        localizer[count == 1 ? key + "_One" : key + "_Other", [count, .. arguments]];
}
