using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Admin.Navigation;
using Portal.Contents.Time;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Channels;

/// <summary>
/// Tells those who manage the channels, on the dashboard they open first, that a channel is blocked or its access
/// is about to expire: one channel is named, several are counted.
/// </summary>
public sealed class ChannelsDashboardNotice(
    IUnitOfWork unitOfWork,
    ChannelWarnings warnings,
    SiteTime time,
    IAuthorizationService authorization,
    IStringLocalizer<SyndicationResources> S) : IDashboardNoticeProvider
{
    public async Task<DashboardNotice?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.HasPermissionAsync(user, Permissions.ManageChannels))
        {
            return null;
        }

        var channels = await unitOfWork.Db.Set<Channel>().AsNoTracking().Where(c => c.State != ChannelState.Disabled).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var warned = channels.Select(c => (Channel: c, Warning: warnings.Of(c))).Where(w => w.Warning is not null).ToList();
        var link = S["Channels_DashboardLink"].Value;
        return warned switch
        {
            [] => null,
            [var (channel, warning)] => new DashboardNotice(
                S[SyndicationTexts.ChannelWarning[warning!.Kind], channel.Name, warning.AtUtc is { } at ? await time.ShortDateTimeAsync(at, cancellationToken) : ""],
                AdminMenu.ChannelsPath,
                link),
            _ => new DashboardNotice(S["Channels_DashboardMany", warned.Count], AdminMenu.ChannelsPath, link),
        };
    }
}
