using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;

namespace Portal.Videos.Items;

internal sealed class VideoEditor(IStringLocalizer<VideosResources> S) : CitizenContentEditor<Video, VideoEditModel>
{
    public override string ContentType => Video.TypeName;

    public override string EditorView => "/Views/Videos/VideoEditor.cshtml";

    protected override string TypeEditFieldFor(string modelField) =>
        modelField == nameof(Video.DurationSeconds) ? nameof(VideoEditModel.Duration) : modelField;

    protected override VideoEditModel BuildTypeEditModel(Video model) => new()
    {
        Source = model.Source,
        File = model.File,
        ExternalId = model.ExternalId,
        Captions = model.Captions,
        Descriptions = model.Descriptions,
        NarrationDescribesAll = model.NarrationDescribesAll,
        Thumbnail = model.Thumbnail ?? new(),
        Transcript = model.Transcript,
        Duration = model.DurationSeconds is { } seconds ? VideoTimes.Format(seconds) : null,
        Chapters = string.Join("\n", model.Chapters.Select(c => $"{VideoTimes.Format(c.StartSeconds)} {c.Title}")),
        RelatedTramite = model.RelatedTramite,
        RecordedInterfaceDate = model.RecordedInterfaceDate,
    };

    /// <summary>Duration and chapters must read as times; a chapter error names its line, and the text stays as typed.</summary>
    protected override void Validate(VideoEditModel edit, ModelStateDictionary modelState, string prefix)
    {
        if (!string.IsNullOrWhiteSpace(edit.Duration) && VideoTimes.Parse(edit.Duration) is null)
        {
            modelState.AddModelError(prefix + "." + nameof(VideoEditModel.Duration), S["Video_DurationInvalid"]);
        }

        foreach (var (line, _) in ChapterLines(edit.Chapters).Where(c => c.Chapter is null))
        {
            modelState.AddModelError(prefix + "." + nameof(VideoEditModel.Chapters), S["Video_ChapterLineInvalid", line]);
        }
    }

    protected override Video ApplyType(VideoEditModel edit, Video model) => new()
    {
        Source = edit.Source,
        File = Trimmed(edit.File),
        ExternalId = Trimmed(edit.ExternalId),
        Captions = Trimmed(edit.Captions),
        Descriptions = Trimmed(edit.Descriptions),
        NarrationDescribesAll = edit.NarrationDescribesAll,
        Thumbnail = edit.Thumbnail.Posted(),
        Transcript = edit.Transcript ?? "",
        DurationSeconds = VideoTimes.Parse(edit.Duration),
        Chapters = [.. ChapterLines(edit.Chapters).Select(c => c.Chapter).OfType<VideoChapter>()],
        RelatedTramite = Trimmed(edit.RelatedTramite),
        RecordedInterfaceDate = edit.RecordedInterfaceDate,
    };

    protected override IEnumerable<ContentError> Warnings(VideoEditModel edit)
    {
        if (VideoTimes.Parse(edit.Duration) is > Video.AdvisedSeconds and var seconds)
        {
            yield return new(nameof(VideoEditModel.Duration), S["Video_DurationLong", VideoTimes.Format(seconds)]);
        }
    }

    /// <summary>Each non-blank line with its 1-based number, and the chapter it reads as (null when it does not).</summary>
    private static IEnumerable<(int Line, VideoChapter? Chapter)> ChapterLines(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var start = space > 0 ? VideoTimes.Parse(line[..space]) : null;
            var title = space > 0 ? line[(space + 1)..].Trim() : "";
            yield return (i + 1, start is { } seconds && title.Length > 0 ? new VideoChapter { StartSeconds = seconds, Title = title } : null);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
