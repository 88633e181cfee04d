using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Messages;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>Connects an account or edits it; credentials are encrypted with Data Protection before they are stored.</summary>
[Authorize(Policy = PermissionClaims.PolicyPrefix + Permissions.ManageChannelsName)]
public sealed class EditModel(
    IUnitOfWork unitOfWork,
    CredentialProtector protector,
    IContentDefinitionStore definitions,
    TimeProvider clock,
    IStringLocalizer<SyndicationResources> S) : PageModel
{
    [BindProperty]
    public ChannelForm Input { get; set; } = new();

    public Channel? Channel { get; private set; }

    public IReadOnlyList<string> ContentTypes => [.. definitions.Types.Select(t => t.Name).Order(StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Input = new ChannelForm { ApiBaseUrl = NetworkDefaults.ApiBaseUrl(SocialNetwork.Mastodon) };
            return Page();
        }

        Channel = await unitOfWork.Db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (Channel is null)
        {
            return NotFound();
        }

        var templates = await unitOfWork.Db.Set<ChannelTemplate>().AsNoTracking().Where(t => t.ChannelId == id).ToDictionaryAsync(t => t.ContentType, t => (string?)t.Template, cancellationToken);
        Input = new ChannelForm
        {
            Network = Channel.Network,
            Name = Channel.Name,
            ApiBaseUrl = Channel.ApiBaseUrl,
            Account = Channel.Account,
            TokenExpires = Channel.TokenExpiresUtc,
            MaxCharacters = Channel.MaxCharacters,
            Enabled = Channel.State != ChannelState.Disabled,
            Templates = templates,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        Channel = id is null ? null : await db.Set<Channel>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (id is not null && Channel is null)
        {
            return NotFound();
        }

        if (Channel is null && string.IsNullOrWhiteSpace(Input.AccessToken) && string.IsNullOrWhiteSpace(Input.AppPassword))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.AccessToken)}", S["Channel_CredentialsRequired"]);
        }

        foreach (var (type, template) in Input.Templates.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            var (_, error) = MessageRenderer.Render(template!, new SyndicationMessage(type, "", "", []), "");
            if (error is not null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Templates)}[{type}]", S["Validation_Template", type, error]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var channel = Channel ?? db.Add(new Channel { Network = Input.Network, CreatedUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        channel.Name = Input.Name.Trim();
        channel.ApiBaseUrl = Input.ApiBaseUrl.Trim();
        channel.Account = Input.Account.Trim();
        channel.MaxCharacters = Input.MaxCharacters;
        channel.TokenExpiresUtc = Input.TokenExpires is { } expires ? DateTime.SpecifyKind(expires, DateTimeKind.Utc) : null;
        if (!string.IsNullOrWhiteSpace(Input.AccessToken) || !string.IsNullOrWhiteSpace(Input.AppPassword))
        {
            // New secrets reconnect a blocked channel; a secret left empty never overwrites a stored one.
            var current = protector.Unprotect(channel.ProtectedCredentials);
            channel.ProtectedCredentials = protector.Protect(new ChannelCredentials(
                string.IsNullOrWhiteSpace(Input.AccessToken) ? current.AccessToken : Input.AccessToken.Trim(),
                current.RefreshToken,
                string.IsNullOrWhiteSpace(Input.AppPassword) ? current.AppPassword : Input.AppPassword.Trim()));
            channel.State = ChannelState.Active;
        }

        channel.State = Input.Enabled ? (channel.State == ChannelState.Disabled ? ChannelState.Active : channel.State) : ChannelState.Disabled;
        await db.SaveChangesAsync(cancellationToken);

        var stored = await db.Set<ChannelTemplate>().Where(t => t.ChannelId == channel.Id).ToListAsync(cancellationToken);
        db.RemoveRange(stored);
        db.AddRange(Input.Templates.Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .Select(t => new ChannelTemplate { ChannelId = channel.Id, ContentType = t.Key, Template = t.Value!.Trim() }));
        await db.SaveChangesAsync(cancellationToken);

        TempData["Message"] = S["Channel_Saved", channel.Name].Value;
        return Redirect(AdminMenu.ChannelsPath);
    }
}
