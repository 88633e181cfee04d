using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Media;

public sealed class Permissions(IStringLocalizer<MediaResources> S) : IPermissionProvider
{
    /// <summary>Browsing the library and choosing assets for content.</summary>
    public const string ViewMediaName = "Media.View";
    public static readonly Permission ViewMedia = new(ViewMediaName, "", "Media");

    /// <summary>Uploading and describing assets, and replacing or deleting one's own.</summary>
    public const string ManageMediaName = "Media.Manage";
    public static readonly Permission ManageMedia = new(ManageMediaName, "", "Media");

    /// <summary>Replacing or deleting assets that someone else uploaded.</summary>
    public const string ManageAllMediaName = "Media.ManageAll";
    public static readonly Permission ManageAllMedia = new(ManageAllMediaName, "", "Media");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ViewMedia with { Description = S["Permission_View"] },
        ManageMedia with { Description = S["Permission_Manage"] },
        ManageAllMedia with { Description = S["Permission_ManageAll"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (PortalRoles.Editor, [ViewMedia, ManageMedia, ManageAllMedia]),
        // Authors upload and pick media for their content, but a file others use is not theirs to change.
        (PortalRoles.Author, [ViewMedia, ManageMedia]),
    ];
}
