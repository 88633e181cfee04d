using Portal.Contents.Admin;
using Portal.Contents.Editors;
using Portal.Contents.Scheduling;
using Portal.Core.Content;

namespace Portal.Contents.Editing;

/// <summary>What the edit page shows about the item it edits (or the new one), read once per request.</summary>
/// <param name="ContentType">The type's name as registered.</param>
/// <param name="TimeZoneName">The site's zone, in which the schedule inputs are typed.</param>
public sealed record EditorScreen(EditSession Session, IContentEditor Editor, string ContentType, string TypeName, string TimeZoneName)
{
    /// <summary>The latest version; null while creating.</summary>
    public ContentItem? Item => Session.Item;

    public bool CanPublish => Session.CanPublish;

    public bool CanDelete => Session.CanDelete;

    public bool HasPublishedVersion { get; init; }

    public ContentStatus Status { get; init; }

    public ContentSchedule? Schedule { get; init; }

    /// <summary>The schedule's dates as the admin reads them.</summary>
    public string? PublishText { get; init; }

    public string? UnpublishText { get; init; }

    /// <summary>Where citizens read the published version.</summary>
    public string? PublicUrl { get; init; }
}

/// <summary>The edit form as stored: the model it shows, the editor partial's model, the version and the schedule inputs.</summary>
public sealed record EditorForm(object Model, object View, string? VersionId, string? ConcurrencyStamp, string? PublishAt, string? UnpublishAt);
