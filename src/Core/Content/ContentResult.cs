namespace Portal.Core.Content;

/// <summary>A field-level error. <see cref="Field"/> names the model property (or "" for the whole item).</summary>
public sealed record ContentError(string Field, string Message);

public enum ContentOutcome
{
    Succeeded,
    Invalid,
    NotFound,

    /// <summary>Someone saved the item after the caller loaded it; nothing was written.</summary>
    Conflict,
}

/// <summary>What a content operation did. Failures write nothing.</summary>
public sealed class ContentResult
{
    private ContentResult(ContentOutcome outcome, ContentItem? item, IReadOnlyList<ContentError> errors)
    {
        Outcome = outcome;
        Item = item;
        Errors = errors;
    }

    public ContentOutcome Outcome { get; }

    public bool Succeeded => Outcome == ContentOutcome.Succeeded;

    public ContentItem? Item { get; }

    public IReadOnlyList<ContentError> Errors { get; }

    public static ContentResult Success(ContentItem item) => new(ContentOutcome.Succeeded, item, []);

    public static ContentResult Invalid(IReadOnlyList<ContentError> errors) => new(ContentOutcome.Invalid, null, errors);

    public static ContentResult Failed(ContentOutcome outcome, string message) => new(outcome, null, [new ContentError("", message)]);
}
