using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Picker;
using Portal.Media.Sharing;

namespace Portal.Blog.Posts;

/// <summary>
/// A blog post ("entrada"): the headline is the common title and the lead its summary; the body is Markdown. Posts
/// are dated, so they carry no review date by default; a post about a deadline may say until when it holds.
/// </summary>
public sealed class BlogPost : ICitizenContent, IReferencesMedia, ISharesImage
{
    public const string TypeName = "entrada";

    /// <summary>Posts live at "/blog/{slug}", listed at "/blog": the type's registered address and its pages' route.</summary>
    public const string Prefix = "blog";

    /// <summary>The type whose items "Qué puedes hacer ahora" links to.</summary>
    public const string TramiteType = "tramite";

    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    /// <summary>Markdown; raw HTML in it is shown as text. Required to publish.</summary>
    [TextLimit(TextLimits.Document)]
    public string Body { get; set; } = "";

    public PostAuthor Author { get; set; } = new();

    public PostKind Kind { get; set; }

    /// <summary>Optional; when present, its alt text (or "decorative") and the asset's credit are required.</summary>
    public MediaReference? Image { get; set; }

    /// <summary>Free labels shown under the post and sent as article tags.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Item ids of trámites for "Qué puedes hacer ahora"; only the published ones are shown.</summary>
    public List<string> Actions { get; set; } = [];

    /// <summary>The last day what the post announces holds (a deadline); after it the page says the period is closed.</summary>
    public DateOnly? ValidUntil { get; set; }

    public IEnumerable<ContentText> Texts() => [new(ContentTextRole.Body, Body)];

    public IEnumerable<string> MediaAssetIds() => Image is { IsEmpty: false } image ? [image.AssetId] : [];

    public MediaReference? SharedImage() => Image;
}

/// <summary>A person or a unit; <see cref="Url"/> is its own page (a path on this site or an address elsewhere).</summary>
public sealed class PostAuthor
{
    public string Name { get; set; } = "";

    public string? Url { get; set; }

    /// <summary>A unit (the council's press office) rather than a person: it changes the schema.org type.</summary>
    public bool IsOrganization { get; set; }
}

public enum PostKind
{
    News,
    Notice,
    Explainer,
    Story,
}
