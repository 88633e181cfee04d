using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Taxonomies;

public sealed class Permissions(IStringLocalizer<TaxonomiesResources> S) : IPermissionProvider
{
    public const string ManageName = "Taxonomies.Manage";

    public static readonly Permission Manage = new(ManageName, "", "Taxonomies");

    public IEnumerable<Permission> GetPermissions() => [Manage with { Description = S["Permission_Manage"] }];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [(PortalRoles.Editor, [Manage])];
}
