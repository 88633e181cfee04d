namespace Portal.Contents.Admin;

/// <summary>What the admin list says about an item, from its latest version, its published one and its schedule.</summary>
public enum ContentStatus
{
    Draft,
    Published,
    PublishedWithDraft,
    Scheduled,
}

public static class ContentStatuses
{
    /// <summary>The value of the list's "estado" filter, as it appears in the address.</summary>
    public static string Slug(this ContentStatus status) => status switch
    {
        ContentStatus.Draft => "borrador",
        ContentStatus.Published => "publicado",
        ContentStatus.PublishedWithDraft => "con-borrador",
        _ => "programado",
    };

    public static ContentStatus? FromSlug(string? slug) =>
        Enum.GetValues<ContentStatus>().Cast<ContentStatus?>().FirstOrDefault(s => s!.Value.Slug() == slug);

    /// <summary>A pending publication wins: it is what will happen next to the item.</summary>
    public static ContentStatus Of(bool latestPublished, bool hasPublished, bool publicationScheduled) =>
        publicationScheduled ? ContentStatus.Scheduled
        : latestPublished ? ContentStatus.Published
        : hasPublished ? ContentStatus.PublishedWithDraft
        : ContentStatus.Draft;

    /// <summary>Admin CSS class of the status tag.</summary>
    public static string TagClass(this ContentStatus status) => status switch
    {
        ContentStatus.Published => "tag tag-published",
        ContentStatus.Draft or ContentStatus.PublishedWithDraft => "tag tag-draft",
        _ => "tag",
    };
}
