namespace Portal.Inbox.Requests;

/// <summary>The administration's time zone: references, calendars and reports count days in Madrid, not in UTC.</summary>
public static class Madrid
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static int Year(DateTime utc) => ToLocal(utc).Year;
}
