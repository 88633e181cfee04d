using Portal.Core.Localization;
using Portal.Contents.Admin;
using Portal.Contents.Parts;

namespace Portal.Contents;

/// <summary>The keys of the texts in <see cref="ContentsResources"/> that a value chooses, one set per kind of text.</summary>
public static class ContentsTexts
{
    /// <summary>The label of an item's status in the admin.</summary>
    public static readonly ResourceKeys<ContentStatus, ContentsResources> Status = new("Status", Enum.GetValues<ContentStatus>());

    public static readonly ResourceKeys<string, ContentsResources> SocialNetwork = new("Social_Network", SocialNetworks.All);
}
