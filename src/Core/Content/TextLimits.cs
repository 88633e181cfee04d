namespace Portal.Core.Content;

/// <summary>
/// The longest text a content field may hold, whoever writes it (the admin's forms, the API, a recipe). Without a
/// bound, a client could store a five-megabyte title that every list, feed and index then carries.
/// </summary>
public static class TextLimits
{
    /// <summary>A title, a name, an address: one line.</summary>
    public const int Line = 200;

    /// <summary>A summary or a description: one or two sentences.</summary>
    public const int Sentence = 500;

    /// <summary>Any text field not marked otherwise: a few paragraphs.</summary>
    public const int Paragraph = 10_000;

    /// <summary>A body, a transcript, a text version: a long document.</summary>
    public const int Document = 200_000;

    /// <summary>The most entries in any list or map of a content model (steps, tags, table rows).</summary>
    public const int Entries = 10_000;
}
