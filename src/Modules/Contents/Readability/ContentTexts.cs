using Portal.Contents.PageType;
using Portal.Contents.Parts;

namespace Portal.Contents.Readability;

/// <summary>The words of an item the readability panel reads: title, summary and the item's own texts, in reading order.</summary>
public static class ContentTexts
{
    /// <summary>Null for types that have no text for citizens to read.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Of(object model) => model switch
    {
        ICitizenContent citizen =>
        [
            new("title", citizen.Common.Title),
            new("summary", citizen.Common.Summary),
            .. citizen.Texts().Select((t, i) => KeyValuePair.Create($"text{i + 1}", t.Text)),
        ],
        PageContent page => [new("title", page.Title), new("summary", page.Summary), new("body", page.Body)],
        _ => null,
    };
}
