namespace Portal.Contents.Parts;

/// <summary>
/// The model of a type citizens read (trámite guide, infographic, video tutorial, blog post). The Contents module
/// then does the shared work for it: common-part rules, a slug unique within the type, the catalog index that
/// lists, filters and feeds, and the text that search and the readability panel read.
/// </summary>
public interface ICitizenContent
{
    CommonPart Common { get; set; }

    SeoPart Seo { get; set; }

    SocialPart Social { get; set; }

    /// <summary>The item's own words beyond title and summary, in reading order.</summary>
    IEnumerable<ContentText> Texts();
}

/// <param name="Role">How much the block weighs when someone searches.</param>
/// <param name="Text">Plain text or Markdown; never HTML.</param>
public sealed record ContentText(ContentTextRole Role, string Text);

public enum ContentTextRole
{
    /// <summary>A heading of the body or a named section.</summary>
    Heading,

    /// <summary>One step of a procedure: what citizens scan for.</summary>
    Step,

    Body,
}
