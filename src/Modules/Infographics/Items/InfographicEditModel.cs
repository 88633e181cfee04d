using System.ComponentModel.DataAnnotations;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Picker;

namespace Portal.Infographics.Items;

/// <summary>The infographic form as posted; the source data arrives as CSV text.</summary>
public sealed class InfographicEditModel : ICitizenEditModel
{
    public CommonPartEditModel Common { get; set; } = new();

    public SeoPartEditModel Seo { get; set; } = new();

    public SocialPartEditModel Social { get; set; } = new();

    public MediaReference Image { get; set; } = new();

    public MediaReference MobileImage { get; set; } = new();

    [StringLength(TextLimits.Document, ErrorMessage = "Info_TextVersionMaxLength")]
    public string? TextVersion { get; set; }

    public bool ShowsFigures { get; set; }

    [StringLength(300, ErrorMessage = "Info_CaptionMaxLength")]
    public string? SourceDataCaption { get; set; }

    [StringLength(100_000, ErrorMessage = "Info_SourceDataMaxLength")]
    public string? SourceData { get; set; }

    [StringLength(35, ErrorMessage = "Info_LanguageInvalid")]
    public string? ImageTextLanguage { get; set; }

    public string? AccessiblePdf { get; set; }

    public string? RelatedTramite { get; set; }

    public DateOnly? ValidUntil { get; set; }

    [StringLength(300, ErrorMessage = "Info_CreditsMaxLength")]
    public string? Credits { get; set; }

    [StringLength(100, ErrorMessage = "Info_LicenceMaxLength")]
    public string? Licence { get; set; }
}
