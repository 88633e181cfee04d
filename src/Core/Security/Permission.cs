namespace Portal.Core.Security;

/// <summary>A named right that a module declares; roles hold permissions as claims.</summary>
/// <param name="Name">Stable identifier, e.g. <c>Contents.Publish</c>. Never shown to users.</param>
/// <param name="Description">Spanish text shown in the role editor (already localized by the provider).</param>
public sealed record Permission(string Name, string Description, string Category);

/// <summary>The standard roles; modules say which of them get each permission by default.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string CitizenService = "CitizenService";

    /// <summary>Leads citizen service: every unit's requests, their configuration and the reports.</summary>
    public const string CitizenServiceSupervisor = "CitizenServiceSupervisor";

    /// <summary>Reads everything, changes nothing (internal control, the Comisión de Sugerencias y Reclamaciones).</summary>
    public const string Auditor = "Auditor";

    /// <summary>The data protection officer: reads redacted originals, every reading logged.</summary>
    public const string DataProtectionOfficer = "DataProtectionOfficer";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Author, CitizenService, CitizenServiceSupervisor, Auditor, DataProtectionOfficer];
}

/// <summary>A module's <c>Permissions.cs</c>: what it declares and which standard roles get it by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name → permissions granted to it when the site is set up.</summary>
    IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants();
}

public static class PermissionClaims
{
    /// <summary>The claim type under which a role (and so its users) holds a permission.</summary>
    public const string Type = "permission";

    /// <summary>Policy names are "Permission:&lt;name&gt;", so no policy needs registering by hand.</summary>
    public const string PolicyPrefix = "Permission:";

    public static string Policy(Permission permission) => PolicyPrefix + permission.Name;
}
