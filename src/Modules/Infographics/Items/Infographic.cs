using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Infographics.Data;
using Portal.Media.Picker;
using Portal.Media.Sharing;

namespace Portal.Infographics.Items;

/// <summary>
/// An infographic ("infografia"): an image whose content is also given as text (the text version is the content,
/// WCAG 1.4.5) and, when it shows figures, as a data table; it points to the trámite it explains.
/// </summary>
public sealed class Infographic : ICitizenContent, IReferencesMedia, ISharesImage
{
    public const string TypeName = "infografia";

    /// <summary>Infographics live at "/infografias/{slug}": the type's registered address and its page's route.</summary>
    public const string Prefix = "infografias";

    public const string TramiteType = "tramite";
    public const int AltMaxLength = 150;
    public const string DefaultLicence = "CC BY 4.0";

    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    /// <summary>The infographic (SVG, PNG, WebP or JPEG); its alt text (at most 150 characters) is required.</summary>
    public MediaReference? Image { get; set; }

    /// <summary>An optional vertical crop for narrow screens.</summary>
    public MediaReference? MobileImage { get; set; }

    /// <summary>Markdown: everything the image says, in words. Required to publish.</summary>
    [TextLimit(TextLimits.Document)]
    public string TextVersion { get; set; } = "";

    /// <summary>The image shows figures or a chart, so <see cref="SourceData"/> is required to publish.</summary>
    public bool ShowsFigures { get; set; }

    public string? SourceDataCaption { get; set; }

    public SourceTable SourceData { get; set; } = new();

    /// <summary>The language of the text inside the image (BCP 47, "es" by default).</summary>
    public string ImageTextLanguage { get; set; } = "es";

    /// <summary>An optional tagged PDF (PDF/UA), offered only as an extra.</summary>
    public string? AccessiblePdf { get; set; }

    /// <summary>Item id of the trámite this infographic explains; required to publish.</summary>
    public string? RelatedTramite { get; set; }

    /// <summary>The last day the infographic holds; after it the page says it is no longer current.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>Who made it; required to publish.</summary>
    public string Credits { get; set; } = "";

    public string Licence { get; set; } = DefaultLicence;

    public IEnumerable<ContentText> Texts() =>
        [new(ContentTextRole.Body, TextVersion), .. string.IsNullOrWhiteSpace(SourceDataCaption) ? Array.Empty<ContentText>() : [new(ContentTextRole.Heading, SourceDataCaption)]];

    public IEnumerable<string> MediaAssetIds() =>
        new[] { Image?.AssetId, MobileImage?.AssetId, AccessiblePdf }.Where(id => !string.IsNullOrWhiteSpace(id))!;

    public MediaReference? SharedImage() => Image;
}
