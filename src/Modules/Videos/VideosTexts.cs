using Portal.Core.Localization;
using Portal.Videos.Items;

namespace Portal.Videos;

/// <summary>The keys of the texts in <see cref="VideosResources"/> that a value chooses, one set per kind of text.</summary>
public static class VideosTexts
{
    public static readonly ResourceKeys<VideoSource, VideosResources> Source = new("Source", Enum.GetValues<VideoSource>());
}
