using System.ComponentModel.DataAnnotations;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Picker;

namespace Portal.Videos.Items;

/// <summary>The video form as posted; duration and chapters arrive as text.</summary>
public sealed class VideoEditModel : ICitizenEditModel
{
    public CommonPartEditModel Common { get; set; } = new();

    public SeoPartEditModel Seo { get; set; } = new();

    public SocialPartEditModel Social { get; set; } = new();

    public VideoSource Source { get; set; }

    public string? File { get; set; }

    [StringLength(200, ErrorMessage = "Video_ExternalIdMaxLength")]
    public string? ExternalId { get; set; }

    public string? Captions { get; set; }

    public string? Descriptions { get; set; }

    public bool NarrationDescribesAll { get; set; }

    public MediaReference Thumbnail { get; set; } = new();

    [StringLength(TextLimits.Document, ErrorMessage = "Video_TranscriptMaxLength")]
    public string? Transcript { get; set; }

    /// <summary>"2:15" or seconds.</summary>
    [StringLength(20, ErrorMessage = "Video_DurationInvalid")]
    public string? Duration { get; set; }

    /// <summary>One chapter a line: "1:05 Rellena el formulario".</summary>
    [StringLength(5000, ErrorMessage = "Video_ChaptersMaxLength")]
    public string? Chapters { get; set; }

    public string? RelatedTramite { get; set; }

    public DateOnly? RecordedInterfaceDate { get; set; }
}
