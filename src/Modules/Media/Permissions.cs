using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Media;

public sealed class Permissions(IStringLocalizer<MediaResources> S) : IPermissionProvider
{
    /// <summary>Browsing the library and choosing assets for content.</summary>
    public static readonly Permission ViewMedia = new("Media.View", "", "Media");

    /// <summary>Uploading, replacing, describing and deleting assets.</summary>
    public static readonly Permission ManageMedia = new("Media.Manage", "", "Media");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ViewMedia with { Description = S["Permission_View"] },
        ManageMedia with { Description = S["Permission_Manage"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (PortalRoles.Editor, [ViewMedia, ManageMedia]),
        (PortalRoles.Author, [ViewMedia, ManageMedia]),
    ];
}
