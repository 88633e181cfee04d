using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Syndication.Connecting;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>Where the network sends the administrator back after "Conectar con …"; it always redirects to a channel page with the result.</summary>
[AuthorizePermission(Permissions.ManageChannelsName)]
public sealed class ConnectedModel(ChannelConnector connector, IStringLocalizer<SyndicationResources> S) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? state, string? code, string? error, CancellationToken cancellationToken)
    {
        var outcome = await connector.CompleteAsync(state, code, error, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Message"] = S["Connect_Done", outcome.ChannelName].Value;
            return Redirect(AdminMenu.ChannelsPath);
        }

        TempData["Error"] = S[outcome.ErrorKey!, outcome.ChannelName, outcome.Detail ?? ""].Value;
        return Redirect(outcome.ChannelId is { } id ? AdminMenu.ChannelEditPath(id) : AdminMenu.ChannelsPath);
    }
}
