using Portal.Core.Content;

namespace Portal.Contents.PageType;

/// <summary>A simple page ("Página"): title, summary, an address and a Markdown body, served at "/{slug}".</summary>
public sealed class PageContent
{
    public const string TypeName = "page";

    /// <summary>Required to publish.</summary>
    [TextLimit(TextLimits.Line)]
    public string Title { get; set; } = "";

    /// <summary>One sentence under the title and in search results; required to publish.</summary>
    [TextLimit(TextLimits.Sentence)]
    public string Summary { get; set; } = "";

    /// <summary>The page's address; generated from the title when left empty, unique among pages.</summary>
    [TextLimit(TextLimits.Line)]
    public string Slug { get; set; } = "";

    /// <summary>Markdown; raw HTML in it is shown as text.</summary>
    [TextLimit(TextLimits.Document)]
    public string Body { get; set; } = "";
}
