using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Theming;
using Portal.Media.Images;
using Portal.Media.Theming;

namespace Portal.Videos.Items;

/// <summary>"/videos/{slug}": a published video tutorial.</summary>
[Route(Video.Prefix)]
public sealed class VideosController(CitizenPages pages, PageHead head, MediaUrls mediaUrls, IStringLocalizer<VideosResources> S)
    : CitizenPageController<Video, VideoView>(pages, head)
{
    protected override string ContentType => Video.TypeName;

    protected override string OpenGraphType => "video.other";

    protected override PageImage? ImageOf(VideoView view) =>
        view.Thumbnail is { } asset ? SocialImage.Of(asset, view.ThumbnailAlt, mediaUrls) : null;

    protected override Task DescribeAsync(CitizenPage<Video, VideoView> found, CitizenHead page, CancellationToken cancellationToken)
    {
        var (_, model, view) = found;
        var features = new JsonArray("captions", "transcript");
        if (view.Descriptions is not null || model.NarrationDescribesAll)
        {
            features.Add("audioDescription");
        }

        var json = new JsonObject
        {
            ["@type"] = "VideoObject",
            ["name"] = model.Common.Title,
            ["description"] = model.Common.Summary,
            ["uploadDate"] = CitizenHead.Iso(page.PublishedUtc),
            ["inLanguage"] = "es",
            ["transcript"] = model.Transcript,
            ["accessibilityFeature"] = features,
            ["accessMode"] = new JsonArray("auditory", "visual", "textual"),
            ["accessibilitySummary"] = S["Video_AccessibilitySummary"].Value,
        };
        if (view.Thumbnail is { } picture)
        {
            json["thumbnailUrl"] = new JsonArray([.. SocialImage.Urls(picture, mediaUrls).Select(u => (JsonNode)page.Absolute(u))]);
        }

        if (view.DurationIso is { } duration)
        {
            json["duration"] = duration;
        }

        if (view.File is { } file)
        {
            json["contentUrl"] = page.Absolute(MediaUrls.Original(file));
            json["encodingFormat"] = file.ContentType;
        }
        else if (view.EmbedUrl is { } embed)
        {
            json["embedUrl"] = embed;
        }

        if (view.Captions is { } captions)
        {
            json["caption"] = new JsonObject
            {
                ["@type"] = "MediaObject",
                ["contentUrl"] = page.Absolute(MediaUrls.Original(captions)),
                ["encodingFormat"] = "text/vtt",
                ["inLanguage"] = "es",
            };
        }

        if (model.Chapters.Count > 0)
        {
            var clips = new JsonArray();
            for (var i = 0; i < model.Chapters.Count; i++)
            {
                var chapter = model.Chapters[i];
                var clip = new JsonObject
                {
                    ["@type"] = "Clip",
                    ["name"] = chapter.Title,
                    ["startOffset"] = chapter.StartSeconds,
                    ["url"] = $"{page.CanonicalUrl}#t={chapter.StartSeconds}",
                };
                var end = i + 1 < model.Chapters.Count ? model.Chapters[i + 1].StartSeconds : model.DurationSeconds;
                if (end is { } endOffset)
                {
                    clip["endOffset"] = endOffset;
                }

                clips.Add(clip);
            }

            json["hasPart"] = clips;
        }

        Pages.AddWebPage(Head, page, json);
        return Task.CompletedTask;
    }
}
