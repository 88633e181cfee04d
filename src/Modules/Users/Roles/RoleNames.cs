using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Users.Roles;

/// <summary>How roles read in the admin: the standard ones by their Spanish names, custom ones as they were named.</summary>
public sealed class RoleNames(IStringLocalizer<UsersResources> S)
{
    public static bool IsStandard(string role) => PortalRoles.All.Contains(role, StringComparer.OrdinalIgnoreCase);

    public static bool IsAdministrator(string? role) => string.Equals(role, PortalRoles.Administrator, StringComparison.OrdinalIgnoreCase);

    /// <summary>Standard roles first, in their usual order, then custom roles by name.</summary>
    public static IEnumerable<T> InDisplayOrder<T>(IEnumerable<T> roles, Func<T, string> name) =>
        roles.OrderBy(r => StandardPosition(name(r))).ThenBy(name, StringComparer.CurrentCultureIgnoreCase);

    public string Display(string role) => Canonical(role) switch
    {
        PortalRoles.Administrator => S["Role_Administrator"],
        PortalRoles.Editor => S["Role_Editor"],
        PortalRoles.Author => S["Role_Author"],
        PortalRoles.CitizenService => S["Role_CitizenService"],
        PortalRoles.CitizenServiceSupervisor => S["Role_CitizenServiceSupervisor"],
        PortalRoles.Auditor => S["Role_Auditor"],
        PortalRoles.DataProtectionOfficer => S["Role_DataProtectionOfficer"],
        _ => role,
    };

    public string Description(PortalRole role) => Canonical(role.Name ?? "") switch
    {
        PortalRoles.Administrator => S["Role_Administrator_Description"],
        PortalRoles.Editor => S["Role_Editor_Description"],
        PortalRoles.Author => S["Role_Author_Description"],
        PortalRoles.CitizenService => S["Role_CitizenService_Description"],
        PortalRoles.CitizenServiceSupervisor => S["Role_CitizenServiceSupervisor_Description"],
        PortalRoles.Auditor => S["Role_Auditor_Description"],
        PortalRoles.DataProtectionOfficer => S["Role_DataProtectionOfficer_Description"],
        _ => role.Description,
    };

    /// <summary>True when <paramref name="name"/> reads like a standard role, by its stored or its Spanish name.</summary>
    public bool ClashesWithStandard(string name) =>
        PortalRoles.All.Any(r => string.Equals(r, name.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(Display(r), name.Trim(), StringComparison.CurrentCultureIgnoreCase));

    private static int StandardPosition(string role)
    {
        for (var i = 0; i < PortalRoles.All.Count; i++)
        {
            if (string.Equals(PortalRoles.All[i], role, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string Canonical(string role) =>
        PortalRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)) ?? role;
}
