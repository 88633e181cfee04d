using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Syndication;

public sealed class AdminMenu(IStringLocalizer<SyndicationResources> S) : IAdminMenuProvider
{
    public const string ChannelsPath = "/admin/difusion/canales";

    /// <summary>Which content types go to the networks by default.</summary>
    public const string TypesPath = "/admin/difusion/tipos";

    /// <summary>What citizens answered on every network, newest first.</summary>
    public const string ConversationsPath = "/admin/difusion/conversaciones";

    /// <summary>An item's "Difusión" page: its messages, where it was posted, retries and follow-ups.</summary>
    public static string ItemPath(string itemId) => "/admin/difusion/contenido/" + itemId;

    /// <summary>The channel form: a new channel's without an id.</summary>
    public static string ChannelEditPath(int? channelId = null) => ChannelsPath + "/editar" + (channelId is { } id ? "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Conversations"], ConversationsPath, S["Menu_Group_Content"], 169) { Permission = Permissions.AnswerReplies },
        new(S["Menu_Channels"], ChannelsPath, S["Menu_Group_Content"], 170) { Permission = Permissions.ManageChannels },
        new(S["Menu_Types"], TypesPath, S["Menu_Group_Content"], 171) { Permission = Permissions.ManageChannels },
    ];
}
