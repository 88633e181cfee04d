namespace Portal.Media.Admin;

/// <summary>Tags are typed in one field, separated by commas.</summary>
public static class MediaTags
{
    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);
}
