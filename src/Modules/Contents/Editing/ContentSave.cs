using Portal.Contents.Scheduling;

namespace Portal.Contents.Editing;

/// <summary>A new model for an opened item, and what to do with it.</summary>
/// <param name="Publish">Publish the version; with a publication date in <see cref="Schedule"/> it waits as a draft until then.</param>
public sealed record ContentSave(object Model, bool Publish)
{
    /// <summary>The type of a new item; an existing item keeps its own.</summary>
    public string? ContentType { get; init; }

    /// <summary>The version the caller read; required over an existing item.</summary>
    public SeenVersion? Seen { get; init; }

    /// <summary>The item's dates to set (null ones clear); null leaves the schedule as it is.</summary>
    public ScheduleForm.Dates? Schedule { get; init; }

    /// <summary>A publication date turns "publish" into "schedule".</summary>
    public bool PublishesNow => Publish && Schedule?.PublishUtc is null;
}

/// <summary>
/// The version a caller based its request on. The admin form sends both; the API only the stamp, which alone
/// changes on every write.
/// </summary>
public sealed record SeenVersion(string? VersionId, string? ConcurrencyStamp);
