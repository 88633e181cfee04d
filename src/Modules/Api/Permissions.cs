using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Api;

public sealed class Permissions(IStringLocalizer<ApiResources> S) : IPermissionProvider
{
    /// <summary>Creating and revoking anyone's API tokens: a token acts with its owner's whole rights.</summary>
    public const string ManageTokensName = "Api.ManageTokens";
    public static readonly Permission ManageTokens = new(ManageTokensName, "", "Api");

    public IEnumerable<Permission> GetPermissions() => [ManageTokens with { Description = S["Permission_ManageTokens"] }];

    /// <summary>Only administrators, who hold every permission anyway.</summary>
    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
