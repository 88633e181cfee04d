using Portal.Media.Admin;
using Portal.Media.Assets;

namespace Portal.Media.Picker;

/// <summary>
/// Reads a list of allowed kinds as forms and handlers write it: comma-separated group names ("Images", "Videos",
/// "Documents", "Captions", also in the singular) or kind names ("Pdf", "Svg"), case-insensitive.
/// </summary>
public static class MediaKindList
{
    public static IReadOnlyList<MediaKind> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return Enum.GetValues<MediaKind>();
        }

        var kinds = new List<MediaKind>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!char.IsLetter(name[0]))
            {
                // Enum parsing would take "7" as a value.
                throw new ArgumentException($"\"{name}\" is not a media kind or group name.", nameof(list));
            }

            if (Enum.TryParse<MediaKind>(name, ignoreCase: true, out var kind))
            {
                kinds.Add(kind);
            }
            else if (Enum.TryParse<MediaGroup>(name, ignoreCase: true, out var group) || Enum.TryParse(name + "s", ignoreCase: true, out group))
            {
                kinds.AddRange(group.Kinds());
            }
            else
            {
                throw new ArgumentException($"\"{name}\" is neither a media kind nor a media group.", nameof(list));
            }
        }

        return [.. kinds.Distinct().Order()];
    }

    public static string Format(IEnumerable<MediaKind> kinds) => string.Join(",", kinds);
}
