using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Admin;

public sealed class Permissions(IStringLocalizer<AdminResources> S) : IPermissionProvider
{
    /// <summary>Opening the admin at all; every staff role has it.</summary>
    public const string AccessAdminName = "Admin.Access";
    public static readonly Permission AccessAdmin = new(AccessAdminName, "", "Admin");

    public const string ManageFeaturesName = "Admin.ManageFeatures";
    public static readonly Permission ManageFeatures = new(ManageFeaturesName, "", "Admin");

    public const string ManageSettingsName = "Admin.ManageSettings";
    public static readonly Permission ManageSettings = new(ManageSettingsName, "", "Admin");

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
