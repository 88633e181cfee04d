using System.Globalization;
using Portal.Core.Hosting;
using Portal.Core.Settings;

namespace Portal.Contents.Time;

/// <summary>
/// Dates as people read and type them: in the site's time zone (<see cref="SiteOptions.TimeZoneId"/>), while
/// everything stored stays UTC.
/// </summary>
public sealed class SiteTime(ISiteSettingsStore settings, TimeProvider time)
{
    private const string DefaultZone = "Europe/Madrid";

    /// <summary>The value format of an <c>input type="datetime-local"</c>.</summary>
    private static readonly string[] InputFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    private static CultureInfo Culture => PortalHostExtensions.DefaultCulture;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        return TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone)
            || TimeZoneInfo.TryFindSystemTimeZoneById(DefaultZone, out zone)
            ? zone
            : TimeZoneInfo.Utc;
    }

    public async Task<DateTime> ToLocalAsync(DateTime utc, CancellationToken cancellationToken = default) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), await ZoneAsync(cancellationToken));

    /// <summary>"2026-05-12": the local day for a <c>&lt;time datetime&gt;</c> next to <see cref="LongDateAsync"/>.</summary>
    public async Task<string> IsoDateAsync(DateTime utc, CancellationToken cancellationToken = default) =>
        (await ToLocalAsync(utc, cancellationToken)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"12 de mayo de 2026", for public pages.</summary>
    public async Task<string> LongDateAsync(DateTime utc, CancellationToken cancellationToken = default) =>
        (await ToLocalAsync(utc, cancellationToken)).ToString("d 'de' MMMM 'de' yyyy", Culture);

    /// <summary>"12/05/2026 10:30", for admin lists.</summary>
    public async Task<string> ShortDateTimeAsync(DateTime utc, CancellationToken cancellationToken = default) =>
        (await ToLocalAsync(utc, cancellationToken)).ToString("dd/MM/yyyy HH:mm", Culture);

    /// <summary>The value an <c>input type="datetime-local"</c> shows for a stored UTC moment.</summary>
    public async Task<string> ToInputAsync(DateTime utc, CancellationToken cancellationToken = default)
    {
        var local = await ToLocalAsync(utc, cancellationToken);
        return local.ToString(local.Second == 0 ? InputFormats[0] : InputFormats[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Reads what an editor typed into a <c>datetime-local</c> input as a time in the site's zone.</summary>
    public async Task<LocalInput> ParseInputAsync(string value, CancellationToken cancellationToken = default)
    {
        if (!DateTime.TryParseExact(value.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new LocalInput(null, LocalInputProblem.Malformed);
        }

        var zone = await ZoneAsync(cancellationToken);
        // The hour skipped when clocks go forward does not exist; converting it would silently move it.
        return zone.IsInvalidTime(local)
            ? new LocalInput(null, LocalInputProblem.SkippedByClockChange)
            : new LocalInput(TimeZoneInfo.ConvertTimeToUtc(local, zone), LocalInputProblem.None);
    }
}

public enum LocalInputProblem
{
    None,
    Malformed,
    SkippedByClockChange,
}

public sealed record LocalInput(DateTime? Utc, LocalInputProblem Problem);
