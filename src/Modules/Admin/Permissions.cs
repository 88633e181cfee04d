using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Admin;

public sealed class Permissions(IStringLocalizer<AdminResources> S) : IPermissionProvider
{
    /// <summary>Opening the admin at all; every staff role has it.</summary>
    public static readonly Permission AccessAdmin = new("Admin.Access", "", "Admin");

    public static readonly Permission ManageFeatures = new("Admin.ManageFeatures", "", "Admin");

    public static readonly Permission ManageSettings = new("Admin.ManageSettings", "", "Admin");

    public IEnumerable<Permission> GetPermissions() =>
    [
        AccessAdmin with { Description = S["Permission_AccessAdmin"] },
        ManageFeatures with { Description = S["Permission_ManageFeatures"] },
        ManageSettings with { Description = S["Permission_ManageSettings"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (PortalRoles.Editor, [AccessAdmin]),
        (PortalRoles.Author, [AccessAdmin]),
        (PortalRoles.CitizenService, [AccessAdmin]),
    ];
}
