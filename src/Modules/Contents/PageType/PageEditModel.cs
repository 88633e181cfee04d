using System.ComponentModel.DataAnnotations;
using Portal.Core.Content;

namespace Portal.Contents.PageType;

/// <summary>The page form as posted; empty fields arrive as null.</summary>
public sealed class PageEditModel
{
    /// <summary>GOV.UK's advice: longer titles are cut in search results.</summary>
    public const int TitleAdvisedLength = 65;

    public const int SummaryAdvisedLength = 160;

    [StringLength(TextLimits.Line, ErrorMessage = "Page_TitleMaxLength")]
    public string? Title { get; set; }

    [StringLength(TextLimits.Sentence, ErrorMessage = "Page_SummaryMaxLength")]
    public string? Summary { get; set; }

    [StringLength(TextLimits.Line, ErrorMessage = "Page_SlugMaxLength")]
    public string? Slug { get; set; }

    [StringLength(TextLimits.Document, ErrorMessage = "Page_BodyMaxLength")]
    public string? Body { get; set; }
}
