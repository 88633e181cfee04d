using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Syndication;

public sealed class Permissions(IStringLocalizer<SyndicationResources> S) : IPermissionProvider
{
    public const string ManageChannelsName = "Syndication.ManageChannels";
    public const string SyndicateName = "Syndication.Syndicate";
    public const string AnswerRepliesName = "Syndication.AnswerReplies";

    public static readonly Permission ManageChannels = new(ManageChannelsName, "", "Syndication");

    public static readonly Permission Syndicate = new(SyndicateName, "", "Syndication");

    /// <summary>Reading what citizens answered on the networks, answering them, and blocking accounts.</summary>
    public static readonly Permission AnswerReplies = new(AnswerRepliesName, "", "Syndication");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageChannels with { Description = S["Permission_ManageChannels"] },
        Syndicate with { Description = S["Permission_Syndicate"] },
        AnswerReplies with { Description = S["Permission_AnswerReplies"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        [(PortalRoles.Editor, [Syndicate, AnswerReplies]), (PortalRoles.CitizenService, [AnswerReplies])];
}
