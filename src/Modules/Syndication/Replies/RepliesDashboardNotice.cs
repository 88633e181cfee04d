using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Portal.Admin.Navigation;
using Portal.Core.Localization;
using Portal.Core.Security;

namespace Portal.Syndication.Replies;

/// <summary>Tells those who answer, on the dashboard they open first, how many reactions wait for an answer.</summary>
public sealed class RepliesDashboardNotice(ConversationQuery conversations, IAuthorizationService authorization, IStringLocalizer<SyndicationResources> S) : IDashboardNoticeProvider
{
    public async Task<DashboardNotice?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.HasPermissionAsync(user, Permissions.AnswerReplies))
        {
            return null;
        }

        var waiting = await conversations.NewCountAsync(cancellationToken);
        return waiting == 0
            ? null
            : new DashboardNotice(S.Plural("Conversations_Waiting", waiting), AdminMenu.ConversationsPath + "?state=" + InteractionState.New, S["Conversations_WaitingLink"]);
    }
}
