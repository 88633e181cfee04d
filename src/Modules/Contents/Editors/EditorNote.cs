namespace Portal.Contents.Editors;

/// <summary>
/// A line another module adds under an item's status in its editor (where it was shared, why it was not), with
/// links to what it names, so an editor sees it without leaving the item.
/// </summary>
public sealed record EditorNote(string Text, IReadOnlyList<EditorLink> Links, bool IsProblem = false);

public sealed record EditorLink(string Text, string Url);
