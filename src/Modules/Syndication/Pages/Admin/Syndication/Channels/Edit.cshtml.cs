using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Connecting;
using Portal.Syndication.Messages;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>Connects an account or edits it; credentials are encrypted with Data Protection before they are stored.</summary>
[AuthorizePermission(Permissions.ManageChannelsName)]
public sealed class EditModel(
    IUnitOfWork unitOfWork,
    CredentialProtector protector,
    CredentialEditor credentialEditor,
    ChannelConnector connector,
    IContentDefinitionStore definitions,
    SiteTime time,
    TimeProvider clock,
    IOptions<SyndicationOptions> options,
    IStringLocalizer<SyndicationResources> S) : PageModel
{
    /// <summary>Which secrets are stored, so the form can say so without showing them.</summary>
    public sealed record StoredSecrets(bool AccessToken, bool AppPassword, bool RefreshToken, bool ClientSecret, bool WebhookSecret = false, bool WebhookVerifyToken = false)
    {
        public static StoredSecrets Of(ChannelCredentials credentials) => new(
            credentials.AccessToken.Length > 0,
            !string.IsNullOrEmpty(credentials.AppPassword),
            !string.IsNullOrEmpty(credentials.RefreshToken),
            !string.IsNullOrEmpty(credentials.ClientSecret),
            !string.IsNullOrEmpty(credentials.WebhookSecret),
            !string.IsNullOrEmpty(credentials.WebhookVerifyToken));
    }

    [BindProperty]
    public ChannelForm Input { get; set; } = new();

    public Channel? Channel { get; private set; }

    public StoredSecrets Stored { get; private set; } = new(false, false, false, false);

    /// <summary>The address the networks send the administrator back to, to register in the X or LinkedIn app.</summary>
    public string RedirectUri { get; private set; } = "";

    /// <summary>Where the network pushes this channel's events, to register with Meta or Telegram; null until the channel is saved.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>The networks a "Conectar con …" button is offered for: a stored channel's own, or every one that connects.</summary>
    public IEnumerable<SocialNetwork> Connectable => Enum.GetValues<SocialNetwork>().Where(n => ChannelConnector.Connects(n) && (Channel is null || Channel.Network == n));

    /// <summary>
    /// "Conectar con …" posts this form and is redirected to the network, which the browser allows only to the
    /// form's <c>form-action</c> sources: a stored channel's authorization host, or any HTTPS site (a Mastodon instance
    /// not typed yet) and the sandbox for a new one.
    /// </summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var targets = Channel is null
            ? ["https:", .. Origin(options.Value.SandboxUrl)]
            : Connectable.SelectMany(n => Origin(NetworkDefaults.AuthorizeUrl(n, Channel.ApiBaseUrl))).ToList();
        HttpContext.Features.Set(ContentSecurityPolicy.Default with { FormActions = string.Join(' ', ["'self'", .. targets]) });
    }

    private static IEnumerable<string> Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? [uri.GetLeftPart(UriPartial.Authority)] : [];

    public IReadOnlyList<string> ContentTypes => [.. definitions.Types.Select(t => t.Name).Order(StringComparer.Ordinal)];

    /// <summary>A new channel shows every field (its network is chosen in the form); a stored one only its network's.</summary>
    public bool Shows(CredentialField field) => Channel is null || ChannelForm.Uses(Channel.Network, field);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        RedirectUri = await connector.RedirectUriAsync(cancellationToken);
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

        var credentials = protector.Unprotect(Channel.ProtectedCredentials);
        Stored = StoredSecrets.Of(credentials);
        WebhookUrl = await connector.WebhookUrlAsync(Channel.Id, cancellationToken);
        var templates = await unitOfWork.Db.Set<ChannelTemplate>().AsNoTracking().Where(t => t.ChannelId == id).ToDictionaryAsync(t => t.ContentType, t => (string?)t.Template, cancellationToken);
        Input = new ChannelForm
        {
            Network = Channel.Network,
            Name = Channel.Name,
            ApiBaseUrl = Channel.ApiBaseUrl,
            Account = Channel.Account,
            ClientId = credentials.ClientId,
            TokenExpires = Channel.TokenExpiresUtc is { } expires ? await time.ToInputAsync(expires, cancellationToken) : null,
            RefreshExpires = Channel.RefreshExpiresUtc is { } refreshExpires ? await time.ToInputAsync(refreshExpires, cancellationToken) : null,
            CredentialsVersion = Channel.CredentialsVersion,
            MaxCharacters = Channel.MaxCharacters,
            Enabled = Channel.State != ChannelState.Disabled,
            Templates = templates,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken) => SaveAsync(id, connect: null, cancellationToken);

    /// <summary>"Conectar con …": saves the form like "Guardar" (the tokens may be missing) and sends the administrator to the network.</summary>
    /// <param name="connect">The network of the button pressed; a stored channel keeps its own.</param>
    public Task<IActionResult> OnPostConnectAsync(int? id, SocialNetwork connect, CancellationToken cancellationToken) => SaveAsync(id, connect, cancellationToken);

    private async Task<IActionResult> SaveAsync(int? id, SocialNetwork? connect, CancellationToken cancellationToken)
    {
        RedirectUri = await connector.RedirectUriAsync(cancellationToken);
        var db = unitOfWork.Db;
        Channel = id is null ? null : await db.Set<Channel>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (id is not null && Channel is null)
        {
            return NotFound();
        }

        if (Channel is null && connect is { } chosen)
        {
            // The button names the network; an API address left at another network's default follows it.
            if (string.Equals(Input.ApiBaseUrl, NetworkDefaults.ApiBaseUrl(Input.Network), StringComparison.Ordinal))
            {
                Input.ApiBaseUrl = NetworkDefaults.ApiBaseUrl(chosen);
            }

            Input.Network = chosen;
        }

        var network = Channel?.Network ?? Input.Network;
        var connecting = connect is not null;
        if (connecting && !ChannelConnector.Connects(network))
        {
            return NotFound();
        }

        var stored = Channel is null ? new ChannelCredentials("") : protector.Unprotect(Channel.ProtectedCredentials);
        Stored = StoredSecrets.Of(stored);
        WebhookUrl = Channel is null ? null : await connector.WebhookUrlAsync(Channel.Id, cancellationToken);
        if (Channel is null && !connecting && string.IsNullOrWhiteSpace(Input.AccessToken) && string.IsNullOrWhiteSpace(Input.AppPassword))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.AccessToken)}", S["Channel_CredentialsRequired"]);
        }

        // The network names the account it authorized.
        if (connecting && ChannelConnector.FindsAccount(network) && string.IsNullOrWhiteSpace(Input.Account))
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Account)}");
        }

        var accessExpires = await ExpiryAsync(Input.TokenExpires, nameof(Input.TokenExpires), Channel?.TokenExpiresUtc, CredentialField.TokenExpires, network, cancellationToken);
        var refreshExpires = await ExpiryAsync(Input.RefreshExpires, nameof(Input.RefreshExpires), Channel?.RefreshExpiresUtc, CredentialField.RefreshExpires, network, cancellationToken);
        var update = Update(network, stored);
        var credentials = update?.Invoke(stored) ?? stored;
        ValidateClient(network, credentials, connecting);

        foreach (var (type, template) in Input.Templates.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            var (_, error) = MessageRenderer.Render(template!, new SyndicationMessage(type, "", "", []), "");
            if (error is not null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Templates)}[{type}]", S["Validation_Template", type, error]);
            }
        }

        ConnectClient? client = null;
        if (connecting && ModelState.IsValid)
        {
            (client, var registrationError) = await connector.ClientAsync(network, Input.ApiBaseUrl, credentials, cancellationToken);
            if (client is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ApiBaseUrl)}", S["Connect_RegistrationFailed", registrationError ?? ""]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var channel = Channel ?? db.Add(new Channel
        {
            Network = Input.Network,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ProtectedCredentials = protector.Protect(credentials),
            TokenExpiresUtc = accessExpires,
            RefreshExpiresUtc = refreshExpires,

            // Nothing is sent until the network has authorized it.
            State = connecting ? ChannelState.Blocked : ChannelState.Active,
        }).Entity;
        channel.Name = Input.Name.Trim();
        channel.ApiBaseUrl = Input.ApiBaseUrl.Trim();
        channel.Account = Input.Account?.Trim() ?? "";
        channel.MaxCharacters = Input.MaxCharacters;
        channel.State = Input.Enabled ? (channel.State == ChannelState.Disabled ? ChannelState.Active : channel.State) : ChannelState.Disabled;
        await db.SaveChangesAsync(cancellationToken);
        if (Channel is not null)
        {
            await credentialEditor.SaveAsync(unitOfWork, channel.Id, Input.CredentialsVersion, update, accessExpires, refreshExpires, cancellationToken);
        }

        if (Channel is not null && Input.HasTypedSecrets)
        {
            await credentialEditor.ReconnectAsync(unitOfWork, channel.Id, cancellationToken);
        }

        var storedTemplates = await db.Set<ChannelTemplate>().Where(t => t.ChannelId == channel.Id).ToListAsync(cancellationToken);
        db.RemoveRange(storedTemplates);
        db.AddRange(Input.Templates.Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .Select(t => new ChannelTemplate { ChannelId = channel.Id, ContentType = t.Key, Template = t.Value!.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        if (client is not null)
        {
            return Redirect(await connector.BeginAsync(channel, client, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken));
        }

        TempData["Message"] = S["Channel_Saved", channel.Name].Value;
        return Redirect(AdminMenu.ChannelsPath);
    }

    /// <summary>
    /// What the typed secrets make of the stored credentials; null when nothing was typed. A new Bluesky app password
    /// starts a new session, so the old one (perhaps another account's) is dropped.
    /// </summary>
    private Func<ChannelCredentials, ChannelCredentials>? Update(SocialNetwork network, ChannelCredentials stored)
    {
        var typed = Input.Typed;
        var clientIdChanged = !string.IsNullOrWhiteSpace(Input.ClientId) && Input.ClientId.Trim() != stored.ClientId;
        if (!Input.HasTypedSecrets && !Input.HasTypedWebhookSecrets && !clientIdChanged && Channel is not null)
        {
            return null;
        }

        return network == SocialNetwork.Bluesky && !string.IsNullOrWhiteSpace(typed.AppPassword)
            ? _ => new ChannelCredentials("", AppPassword: typed.AppPassword!.Trim())
            : current => current.With(typed);
    }

    /// <summary>Renewing and connecting need the app's client: X its id (and its secret for a confidential client), LinkedIn both.</summary>
    private void ValidateClient(SocialNetwork network, ChannelCredentials credentials, bool connecting)
    {
        if (network is not (SocialNetwork.X or SocialNetwork.LinkedIn) || (!connecting && string.IsNullOrEmpty(credentials.RefreshToken)))
        {
            return;
        }

        if (string.IsNullOrEmpty(credentials.ClientId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ClientId)}", S["Channel_ClientIdRequired"]);
        }

        if (network == SocialNetwork.LinkedIn && string.IsNullOrEmpty(credentials.ClientSecret))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ClientSecret)}", S["Channel_ClientSecretRequired"]);
        }
    }

    /// <summary>An expiry typed in the site's time zone; a field the network does not show keeps the stored value.</summary>
    private async Task<DateTime?> ExpiryAsync(string? value, string field, DateTime? storedUtc, CredentialField shownAs, SocialNetwork network, CancellationToken cancellationToken)
    {
        if (Channel is not null && !ChannelForm.Uses(network, shownAs))
        {
            return storedUtc;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parsed = await time.ParseInputAsync(value, cancellationToken);
        if (parsed.Problem != LocalInputProblem.None)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", S[parsed.Problem == LocalInputProblem.Malformed ? "Channel_ExpiryInvalid" : "Channel_ExpirySkipped"]);
        }

        return parsed.Utc;
    }
}
