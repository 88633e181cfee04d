using Portal.Core.Content;

namespace Portal.Contents.Editing;

public enum EditOutcome
{
    Succeeded,
    NotFound,

    /// <summary>The user may not do this with the item; nothing was read from the request or written.</summary>
    Forbidden,

    /// <summary>The item broke a rule; <see cref="EditResult.Errors"/> says which, by model field.</summary>
    Invalid,

    /// <summary>Someone saved the item after the caller read it; nothing was written.</summary>
    Conflict,
}

/// <summary>
/// What an editing operation did. Errors name model fields ("" for the whole item): the admin page shows them next
/// to its inputs, the API under their JSON paths. <see cref="Item"/> is the version written, null on failure.
/// </summary>
public sealed record EditResult(EditOutcome Outcome, ContentItem? Item, IReadOnlyList<ContentError> Errors)
{
    public static EditResult Forbidden { get; } = new(EditOutcome.Forbidden, null, []);

    public bool Succeeded => Outcome == EditOutcome.Succeeded;

    public static EditResult Invalid(IReadOnlyList<ContentError> errors) => new(EditOutcome.Invalid, null, errors);

    public static EditResult Conflict(string message) => new(EditOutcome.Conflict, null, [new ContentError("", message)]);

    public static EditResult From(ContentResult result) => new(
        result.Outcome switch
        {
            ContentOutcome.Succeeded => EditOutcome.Succeeded,
            ContentOutcome.NotFound => EditOutcome.NotFound,
            ContentOutcome.Conflict => EditOutcome.Conflict,
            _ => EditOutcome.Invalid,
        },
        result.Item,
        result.Errors);
}
