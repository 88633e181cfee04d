using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Syndication;

public sealed class Permissions(IStringLocalizer<SyndicationResources> S) : IPermissionProvider
{
    public const string ManageChannelsName = "Syndication.ManageChannels";
    public const string SyndicateName = "Syndication.Syndicate";

    public static readonly Permission ManageChannels = new(ManageChannelsName, "", "Syndication");

    public static readonly Permission Syndicate = new(SyndicateName, "", "Syndication");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageChannels with { Description = S["Permission_ManageChannels"] },
        Syndicate with { Description = S["Permission_Syndicate"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [(PortalRoles.Editor, [Syndicate])];
}
