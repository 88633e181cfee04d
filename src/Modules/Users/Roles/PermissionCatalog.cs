using Portal.Core.Security;

namespace Portal.Users.Roles;

/// <summary>Every permission that the installed modules declare, with Spanish descriptions.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    public IReadOnlyList<Permission> All() => [.. providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name, StringComparer.Ordinal)];

    public bool Exists(string name) => providers.SelectMany(p => p.GetPermissions()).Any(p => p.Name == name);
}
