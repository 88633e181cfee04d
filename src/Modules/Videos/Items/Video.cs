using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Picker;
using Portal.Media.Sharing;

namespace Portal.Videos.Items;

/// <summary>
/// A video tutorial ("video"): a file from the media library, or a YouTube or Vimeo video shown through the
/// platform's privacy-enhanced player only after the visitor agrees. Captions, a transcript on the page and audio
/// description (a track, or narration that describes everything) are required to publish.
/// </summary>
public sealed class Video : ICitizenContent, IReferencesMedia, ISharesImage
{
    public const string TypeName = "video";

    /// <summary>Videos live at "/videos/{slug}": the type's registered address and its page's route.</summary>
    public const string Prefix = "videos";

    public const string TramiteType = "tramite";

    /// <summary>Tutorials should last about two minutes; longer ones get a warning.</summary>
    public const int AdvisedSeconds = 150;

    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    public VideoSource Source { get; set; }

    /// <summary>The MP4 or WebM asset, for <see cref="VideoSource.Hosted"/>.</summary>
    public string? File { get; set; }

    /// <summary>The video's id on YouTube (11 characters) or Vimeo (digits).</summary>
    public string? ExternalId { get; set; }

    /// <summary>Spanish WebVTT captions; required to publish.</summary>
    public string? Captions { get; set; }

    /// <summary>An optional WebVTT audio description track (kind="descriptions").</summary>
    public string? Descriptions { get; set; }

    /// <summary>The editor attests that the narration names everything shown, so no separate description is needed.</summary>
    public bool NarrationDescribesAll { get; set; }

    /// <summary>Shown before the video plays, and shared; required, with alt text.</summary>
    public MediaReference? Thumbnail { get; set; }

    /// <summary>Markdown: what is said and shown. Required and shown on the page.</summary>
    [TextLimit(TextLimits.Document)]
    public string Transcript { get; set; } = "";

    public int? DurationSeconds { get; set; }

    public List<VideoChapter> Chapters { get; set; } = [];

    /// <summary>Item id of the trámite the video explains; required to publish.</summary>
    public string? RelatedTramite { get; set; }

    /// <summary>When the screens shown were recorded: screen recordings go stale when the sede changes.</summary>
    public DateOnly? RecordedInterfaceDate { get; set; }

    public IEnumerable<ContentText> Texts() =>
        [.. Chapters.Select(c => new ContentText(ContentTextRole.Heading, c.Title)), new(ContentTextRole.Body, Transcript)];

    public IEnumerable<string> MediaAssetIds() =>
        new[] { File, Captions, Descriptions, Thumbnail?.AssetId }.Where(id => !string.IsNullOrWhiteSpace(id))!;

    public MediaReference? SharedImage() => Thumbnail;
}

public enum VideoSource
{
    Hosted,
    YouTube,
    Vimeo,
}

public sealed class VideoChapter
{
    public int StartSeconds { get; set; }

    public string Title { get; set; } = "";
}
