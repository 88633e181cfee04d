using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Search;

public sealed class Permissions(IStringLocalizer<SearchResources> S) : IPermissionProvider
{
    public const string ManageName = "Search.Manage";

    public static readonly Permission Manage = new(ManageName, "", "Search");

    public IEnumerable<Permission> GetPermissions() => [Manage with { Description = S["Permission_Manage"] }];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
