using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Picker;

namespace Portal.Videos.Items;

/// <summary>
/// A video's own rules, whoever saves it: the source, captions, thumbnail, transcript, duration, audio description
/// (a track or the narration attestation), related trámite and recording date to publish; media kinds, ids, times
/// and links always checked.
/// </summary>
internal sealed partial class VideoHandler(MediaReferenceValidator media, IUnitOfWork unitOfWork, IStringLocalizer<VideosResources> S) : IContentHandler
{
    public const int MaxSeconds = 6 * 60 * 60;

    private static readonly IReadOnlyList<MediaKind> ImageKinds = MediaKindList.Parse("Images");
    private static readonly IReadOnlyList<MediaKind> VideoKinds = [MediaKind.Mp4, MediaKind.WebM];
    private static readonly IReadOnlyList<MediaKind> CaptionKinds = [MediaKind.WebVtt];

    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not Video video)
        {
            return;
        }

        var publishing = context.Publishing;
        if (!Enum.IsDefined(video.Source))
        {
            context.AddError(nameof(Video.Source), S["Video_SourceInvalid"]);
        }

        await AddAsync(context, nameof(Video.File), media.ValidateAssetAsync(video.File, S["Video_File"], VideoKinds, publishing && video.Source == VideoSource.Hosted));
        ValidateExternalId(context, video);
        await AddAsync(context, nameof(Video.Captions), media.ValidateAssetAsync(video.Captions, S["Video_Captions"], CaptionKinds, publishing));
        await AddAsync(context, nameof(Video.Descriptions), media.ValidateAssetAsync(video.Descriptions, S["Video_Descriptions"], CaptionKinds, required: false));
        await AddAsync(context, nameof(Video.Thumbnail), media.ValidateAsync(video.Thumbnail, S["Video_Thumbnail"], ImageKinds, publishing));

        if (publishing && string.IsNullOrWhiteSpace(video.Descriptions) && !video.NarrationDescribesAll)
        {
            context.AddError(nameof(Video.NarrationDescribesAll), S["Video_AudioDescriptionRequired"]);
        }

        if (publishing && string.IsNullOrWhiteSpace(video.Transcript))
        {
            context.AddError(nameof(Video.Transcript), S["Video_TranscriptRequired"]);
        }

        if (publishing && video.DurationSeconds is null)
        {
            context.AddError(nameof(Video.DurationSeconds), S["Video_DurationRequired"]);
        }
        else if (video.DurationSeconds is < 1 or > MaxSeconds)
        {
            context.AddError(nameof(Video.DurationSeconds), S["Video_DurationInvalid"]);
        }

        ValidateChapters(context, video);

        if (publishing && string.IsNullOrWhiteSpace(video.RelatedTramite))
        {
            context.AddError(nameof(Video.RelatedTramite), S["Video_TramiteRequired"]);
        }
        else if (video.RelatedTramite is { } tramite && (await unitOfWork.WrongLinksAsync([tramite], Video.TramiteType, CancellationToken.None)).Count > 0)
        {
            context.AddError(nameof(Video.RelatedTramite), S["Video_TramiteWrong", tramite]);
        }

        if (publishing && video.RecordedInterfaceDate is null)
        {
            context.AddError(nameof(Video.RecordedInterfaceDate), S["Video_RecordedRequired"]);
        }
    }

    private void ValidateExternalId(ValidatingContentContext context, Video video)
    {
        if (video.Source == VideoSource.Hosted)
        {
            return;
        }

        var id = video.ExternalId?.Trim() ?? "";
        if (id.Length == 0)
        {
            if (context.Publishing)
            {
                context.AddError(nameof(Video.ExternalId), S["Video_ExternalIdRequired"]);
            }
        }
        else if (!(video.Source == VideoSource.YouTube ? YouTubeId() : VimeoId()).IsMatch(id))
        {
            context.AddError(nameof(Video.ExternalId), S[video.Source == VideoSource.YouTube ? "Video_YouTubeIdInvalid" : "Video_VimeoIdInvalid", id]);
        }
    }

    private void ValidateChapters(ValidatingContentContext context, Video video)
    {
        var previous = -1;
        foreach (var chapter in video.Chapters)
        {
            if (string.IsNullOrWhiteSpace(chapter.Title) || chapter.StartSeconds <= previous)
            {
                context.AddError(nameof(Video.Chapters), S["Video_ChaptersOrder", VideoTimes.Format(Math.Max(0, chapter.StartSeconds))]);
                return;
            }

            if (video.DurationSeconds is { } duration && chapter.StartSeconds >= duration)
            {
                context.AddError(nameof(Video.Chapters), S["Video_ChapterAfterEnd", VideoTimes.Format(chapter.StartSeconds), VideoTimes.Format(duration)]);
                return;
            }

            previous = chapter.StartSeconds;
        }
    }

    private static async Task AddAsync(ValidatingContentContext context, string field, Task<IReadOnlyList<string>> errors)
    {
        foreach (var error in await errors)
        {
            context.AddError(field, error);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
