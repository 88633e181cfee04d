using System.Globalization;
using Portal.Core.Settings;

namespace Portal.Syndication;

/// <summary>Times as the admin shows them: in the site's time zone, the Spanish way.</summary>
public static class SiteTimes
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public static async Task<TimeZoneInfo> ZoneAsync(ISiteSettingsStore settings, CancellationToken cancellationToken) =>
        TimeZoneInfo.FindSystemTimeZoneById((await settings.GetAsync<SiteOptions>(cancellationToken)).TimeZoneId);

    public static string Format(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone).ToString("dd/MM/yyyy HH:mm", Spanish) : "—";
}
