using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Editors;
using Portal.Contents.Markdown;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Media.Assets;
using Portal.Media.Library;

namespace Portal.Videos.Items;

/// <summary>A chapter as shown: its start as text and as an ISO duration.</summary>
public sealed record ChapterView(string Start, string StartIso, string Title);

/// <summary>A video as citizens see it.</summary>
/// <param name="EmbedUrl">The privacy-enhanced player's address, inserted only after consent; null for hosted files.</param>
/// <param name="WatchUrl">The video's page on the platform, for visitors without JavaScript or who prefer it.</param>
public sealed record VideoView(
    string Title,
    string Summary,
    VideoSource Source,
    MediaAsset? File,
    string? EmbedUrl,
    string? WatchUrl,
    string PlatformName,
    MediaAsset? Captions,
    MediaAsset? Descriptions,
    MediaAsset? Thumbnail,
    string ThumbnailAlt,
    string TranscriptHtml,
    string? Duration,
    string? DurationIso,
    bool LongerThanAdvised,
    IReadOnlyList<ChapterView> Chapters,
    CitizenLink? Tramite,
    string UpdatedText,
    string UpdatedIso);

internal sealed class VideoDisplay(
    IMarkdownRenderer markdown,
    SiteTime siteTime,
    IMediaLibrary library,
    CitizenPages pages,
    IStringLocalizer<VideosResources> S) : ContentDisplay<Video>
{
    public override string ContentType => Video.TypeName;

    public override string DisplayView => "/Views/Videos/VideoDisplay.cshtml";

    public override string? HeadView => "/Views/Videos/VideoHead.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, Video model, CancellationToken cancellationToken)
    {
        var updated = await ShownDate.OfAsync(item, siteTime, cancellationToken);
        var tramites = model.RelatedTramite is { } id ? await pages.PublishedLinksAsync([id], Video.TramiteType, cancellationToken) : [];
        var (embed, watch) = Addresses(model);
        return new VideoView(
            string.IsNullOrWhiteSpace(model.Common.Title) ? S["Untitled"] : model.Common.Title,
            model.Common.Summary,
            model.Source,
            model.Source == VideoSource.Hosted ? await library.FindAsync(model.File, cancellationToken) : null,
            embed,
            watch,
            model.Source == VideoSource.Vimeo ? "Vimeo" : "YouTube",
            await library.FindAsync(model.Captions, cancellationToken),
            await library.FindAsync(model.Descriptions, cancellationToken),
            await library.FindAsync(model.Thumbnail?.AssetId, cancellationToken),
            model.Thumbnail?.Alt ?? "",
            markdown.ToHtml(model.Transcript),
            model.DurationSeconds is { } seconds ? VideoTimes.Format(seconds) : null,
            model.DurationSeconds is { } iso ? VideoTimes.Iso(iso) : null,
            model.DurationSeconds > Video.AdvisedSeconds,
            [.. model.Chapters.Select(c => new ChapterView(VideoTimes.Format(c.StartSeconds), VideoTimes.Iso(c.StartSeconds), c.Title))],
            tramites.Count > 0 ? tramites[0] : null,
            updated.Text,
            updated.Iso);
    }

    /// <summary>Only the privacy-enhanced players: YouTube's no-cookie host, Vimeo with "do not track".</summary>
    public static (string? Embed, string? Watch) Addresses(Video model)
    {
        var id = Uri.EscapeDataString(model.ExternalId?.Trim() ?? "");
        return id.Length == 0 ? (null, null) : model.Source switch
        {
            VideoSource.YouTube => ($"https://www.youtube-nocookie.com/embed/{id}", $"https://www.youtube.com/watch?v={id}"),
            VideoSource.Vimeo => ($"https://player.vimeo.com/video/{id}?dnt=1", $"https://vimeo.com/{id}"),
            _ => (null, null),
        };
    }
}
