using System.Globalization;
using System.Text;

namespace Portal.Contents.Routing;

/// <summary>URL segments made from Spanish titles: lower case, accents folded (ñ → n), words joined by hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>"Solicitud de ayudas: año 2026" → "solicitud-de-ayudas-ano-2026"; "" when nothing usable is left.</summary>
    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Truncate(builder.ToString());
    }

    /// <summary>Whether <paramref name="slug"/> is already in the form <see cref="Slugify"/> gives.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && Slugify(slug) == slug;

    /// <summary>The first of slug, slug-2, slug-3… that <paramref name="taken"/> does not hold.</summary>
    public static string FirstFree(string slug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = Truncate(slug, MaxLength - suffix.Length) + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    // Cut at a word boundary when one is near, so a long title does not end in half a word.
    private static string Truncate(string slug, int max = MaxLength)
    {
        if (slug.Length <= max)
        {
            return slug;
        }

        var cut = slug[..max];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > max / 2 ? cut[..lastHyphen] : cut).TrimEnd('-');
    }
}
