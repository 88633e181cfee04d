using Portal.Core.Settings;

namespace Portal.Themes.Default.Home;

/// <summary>The time zone citizens read dates in; UTC when the configured id is unknown to this machine.</summary>
internal static class SiteTimeZone
{
    public static TimeZoneInfo Of(SiteOptions site) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
