using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Contents;

public sealed class Permissions(IStringLocalizer<ContentsResources> S) : IPermissionProvider
{
    /// <summary>Opening the content list, previews and version histories.</summary>
    public const string ViewContentName = "Contents.View";
    public static readonly Permission ViewContent = new(ViewContentName, "", "Contents");

    /// <summary>Creating items and editing the ones the user owns.</summary>
    public const string EditOwnContentName = "Contents.EditOwn";
    public static readonly Permission EditOwnContent = new(EditOwnContentName, "", "Contents");

    public const string EditAllContentName = "Contents.EditAll";
    public static readonly Permission EditAllContent = new(EditAllContentName, "", "Contents");

    /// <summary>Publishing, unpublishing and scheduling either, on items the user may edit.</summary>
    public const string PublishContentName = "Contents.Publish";
    public static readonly Permission PublishContent = new(PublishContentName, "", "Contents");

    public const string DeleteContentName = "Contents.Delete";
    public static readonly Permission DeleteContent = new(DeleteContentName, "", "Contents");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ViewContent with { Description = S["Permission_View"] },
        EditOwnContent with { Description = S["Permission_EditOwn"] },
        EditAllContent with { Description = S["Permission_EditAll"] },
        PublishContent with { Description = S["Permission_Publish"] },
        DeleteContent with { Description = S["Permission_Delete"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (PortalRoles.Editor, [ViewContent, EditOwnContent, EditAllContent, PublishContent, DeleteContent]),
        (PortalRoles.Author, [ViewContent, EditOwnContent]),
    ];
}
