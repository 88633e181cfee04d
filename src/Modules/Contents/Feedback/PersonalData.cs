using System.Text.RegularExpressions;

namespace Portal.Contents.Feedback;

/// <summary>
/// Removes what would identify a person from a citizen's comment before it is stored: e-mail addresses, Spanish
/// ID numbers (DNI, NIE) and anything that looks like a phone number (9 to 15 digits, with or without separators).
/// </summary>
public static partial class PersonalData
{
    public static string Redact(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Email().Replace(text, replacement);
        text = Nie().Replace(text, replacement);
        text = Dni().Replace(text, replacement);
        return Phone().Replace(text, replacement);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*@\s*[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[XYZxyz][\s.\-]?\d{7}[\s.\-]?[A-Za-z](?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Nie();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d{2}[\s.]?\d{3}[\s.]?\d{3}[\s\-]?[A-Za-z](?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Dni();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\+|00)?(\d[\s.\-()]{0,2}){8,14}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
