using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.PlainLanguage;

public sealed class Permissions(IStringLocalizer<PlainLanguageResources> S) : IPermissionProvider
{
    /// <summary>Editing the jargon list every editor's panel checks against.</summary>
    public const string ManageJargonName = "PlainLanguage.ManageJargon";
    public static readonly Permission ManageJargon = new(ManageJargonName, "", "PlainLanguage");

    public IEnumerable<Permission> GetPermissions() => [ManageJargon with { Description = S["Permission_ManageJargon"] }];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
