namespace Portal.Inbox;

/// <summary>Timings of the inbox's background work (configuration section <c>Portal:Inbox</c>).</summary>
public sealed class InboxOptions
{
    public const string Section = "Portal:Inbox";

    /// <summary>Whether new requests are acknowledged at once on their channel; off, staff acknowledge them by hand.</summary>
    public bool Acknowledge { get; set; } = true;

    /// <summary>How long after the survey a citizen who has not answered gets the one reminder.</summary>
    public TimeSpan SurveyReminderAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Requests closed longer ago than this get no survey (a site that turns surveys on does not poll its past).</summary>
    public TimeSpan SurveyWindow { get; set; } = TimeSpan.FromDays(7);
}
