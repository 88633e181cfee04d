using Portal.Core.Content;

namespace Portal.Contents.Parts;

/// <summary>Overrides of what search engines see; empty means "use the common part's title and summary".</summary>
public sealed class SeoPart
{
    [TextLimit(TextLimits.Line)]
    public string? MetaTitle { get; set; }

    [TextLimit(TextLimits.Sentence)]
    public string? MetaDescription { get; set; }

    /// <summary>Keep the page out of search engines (a page only for people sent a link).</summary>
    public bool NoIndex { get; set; }

    /// <summary>The address search engines should treat as the original, when the text is published elsewhere first.</summary>
    public string? CanonicalUrl { get; set; }
}
