using Portal.Core.Localization;
using Portal.Media.Admin;
using Portal.Media.Assets;

namespace Portal.Media;

/// <summary>The keys of the texts in <see cref="MediaResources"/> that a value chooses, one set per kind of text.</summary>
public static class MediaTexts
{
    public static readonly ResourceKeys<MediaKind, MediaResources> Kind = new("Kind", Enum.GetValues<MediaKind>());

    public static readonly ResourceKeys<MediaGroup, MediaResources> Group = new("Group", Enum.GetValues<MediaGroup>());
}
