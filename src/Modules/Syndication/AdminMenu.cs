using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Syndication;

public sealed class AdminMenu(IStringLocalizer<SyndicationResources> S) : IAdminMenuProvider
{
    public const string ChannelsPath = "/admin/difusion/canales";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Channels"], ChannelsPath, S["Menu_Group_Content"], 170) { Permission = Permissions.ManageChannels },
    ];
}
