using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Videos.Items;

/// <summary>Times as editors type them ("2:15", "1:02:03", "95") and as pages and structured data write them.</summary>
public static partial class VideoTimes
{
    public static int? Parse(string? text)
    {
        var match = TimePattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Value.Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Skip(1).Any(p => p > 59))
        {
            return null;
        }

        return parts.Aggregate(0, (total, part) => (total * 60) + part);
    }

    /// <summary>"2:05", or "1:02:05" past an hour.</summary>
    public static string Format(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : ((int)time.TotalMinutes).ToString(CultureInfo.InvariantCulture) + ":" + time.Seconds.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>ISO 8601 duration for schema.org and &lt;time datetime&gt;: "PT2M5S".</summary>
    public static string Iso(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        var iso = "PT";
        if (time.Hours > 0)
        {
            iso += time.Hours.ToString(CultureInfo.InvariantCulture) + "H";
        }

        if (time.Minutes > 0)
        {
            iso += time.Minutes.ToString(CultureInfo.InvariantCulture) + "M";
        }

        return time.Seconds > 0 || iso == "PT" ? iso + time.Seconds.ToString(CultureInfo.InvariantCulture) + "S" : iso;
    }

    [GeneratedRegex(@"^\d{1,5}(:\d{1,2}){0,2}$")]
    private static partial Regex TimePattern();
}
