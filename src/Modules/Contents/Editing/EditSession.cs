using Portal.Core.Content;

namespace Portal.Contents.Editing;

/// <summary>
/// An item (or a new one) opened by one user through <see cref="ContentEditing.OpenAsync"/>, with what that user
/// may do with it. Only the service makes one, so every write it takes has been authorized.
/// </summary>
public sealed class EditSession
{
    internal EditSession(string userName, ContentItem? item, bool canPublish, bool canDelete)
    {
        UserName = userName;
        Item = item;
        CanPublish = canPublish;
        CanDelete = canDelete;
    }

    /// <summary>The latest version as it was opened; null for a new item.</summary>
    public ContentItem? Item { get; }

    public bool CanPublish { get; }

    public bool CanDelete { get; }

    internal string UserName { get; }
}

/// <summary>An opened item, or why it cannot be opened (<see cref="EditOutcome.NotFound"/>, <see cref="EditOutcome.Forbidden"/>).</summary>
public sealed record EditOpening(EditOutcome Outcome, EditSession? Session)
{
    public bool Opened => Session is not null;
}
