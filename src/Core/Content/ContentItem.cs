namespace Portal.Core.Content;

/// <summary>
/// One version of a content item: a row holding the typed model as JSON. Every version of an item shares
/// <see cref="ItemId"/>; at most one has <see cref="Latest"/> and at most one has <see cref="Published"/>
/// (partial unique indexes enforce it). Query through columns and module index tables, never inside <see cref="Data"/>.
/// </summary>
public sealed class ContentItem
{
    public const int IdLength = 26;

    public long Id { get; set; }

    public string ItemId { get; set; } = "";

    public string VersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>When this version was published (null for a version that never was).</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The user name of whoever created the item; kept across versions.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The user name of whoever wrote this version.</summary>
    public string Author { get; set; } = "";

    /// <summary>The full title, uncut, for lists and search in the admin.</summary>
    public string DisplayText { get; set; } = "";

    /// <summary>Changes on every write to the row; a save that carries an older stamp is refused.</summary>
    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>The typed model, serialized with System.Text.Json.</summary>
    public string Data { get; set; } = "{}";

    public bool IsDraft => Latest && !Published;
}
