using System.ComponentModel.DataAnnotations;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>The secrets and dates a network's channel asks for; a new channel shows them all.</summary>
public enum CredentialField
{
    AccessToken,
    AppPassword,
    TokenExpires,

    /// <summary>Refresh token, client id and client secret.</summary>
    Renewal,

    RefreshExpires,

    /// <summary>What the network's webhook is checked with: Meta's app secret and verify token, Telegram's secret token.</summary>
    Webhook,
}

/// <summary>The channel form. Secrets are write-only: left empty, the stored ones are kept.</summary>
public sealed class ChannelForm
{
    public SocialNetwork Network { get; set; }

    [Required(ErrorMessage = "Channel_NameRequired")]
    [StringLength(Channel.NameLength, ErrorMessage = "Channel_TooLong")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Channel_ApiBaseUrlRequired")]
    [Url(ErrorMessage = "Channel_ApiBaseUrlInvalid")]
    [StringLength(Channel.UrlLength, ErrorMessage = "Channel_TooLong")]
    public string ApiBaseUrl { get; set; } = "";

    [Required(ErrorMessage = "Channel_AccountRequired")]
    [StringLength(Channel.AccountLength, ErrorMessage = "Channel_TooLong")]
    public string Account { get; set; } = "";

    public string? AccessToken { get; set; }

    public string? AppPassword { get; set; }

    public string? RefreshToken { get; set; }

    /// <summary>Not a secret: shown again on edit.</summary>
    [StringLength(Channel.AccountLength, ErrorMessage = "Channel_TooLong")]
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? WebhookSecret { get; set; }

    public string? WebhookVerifyToken { get; set; }

    /// <summary>A <c>datetime-local</c> value in the site's time zone.</summary>
    public string? TokenExpires { get; set; }

    /// <summary>A <c>datetime-local</c> value in the site's time zone (LinkedIn's refresh tokens last a year).</summary>
    public string? RefreshExpires { get; set; }

    /// <summary>The credentials version the form was shown with (see <see cref="CredentialEditor"/>).</summary>
    public int CredentialsVersion { get; set; }

    [Range(1, 100_000, ErrorMessage = "Channel_MaxCharactersRange")]
    public int? MaxCharacters { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Keyed by content type; empty means the network's default template.</summary>
    public Dictionary<string, string?> Templates { get; set; } = [];

    /// <summary>The secrets typed in this form; empty ones keep what is stored.</summary>
    public ChannelCredentials Typed => new(AccessToken ?? "", RefreshToken, AppPassword)
    {
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        WebhookSecret = WebhookSecret,
        WebhookVerifyToken = WebhookVerifyToken,
    };

    /// <summary>Whether a secret was typed, which reconnects a blocked channel (the client id is shown again, so it does not count).</summary>
    public bool HasTypedSecrets =>
        new[] { AccessToken, AppPassword, RefreshToken, ClientSecret }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Whether a webhook secret was typed: stored, but no reconnection (the channel's tokens are what it sends with).</summary>
    public bool HasTypedWebhookSecrets => !string.IsNullOrWhiteSpace(WebhookSecret) || !string.IsNullOrWhiteSpace(WebhookVerifyToken);

    /// <summary>
    /// Bluesky keeps its session (read from the app password) and the session's own expiry; X and LinkedIn renew with a
    /// refresh token and the app's client; only LinkedIn's refresh token has a known expiry.
    /// </summary>
    public static bool Uses(SocialNetwork network, CredentialField field) => field switch
    {
        CredentialField.AccessToken or CredentialField.TokenExpires => network != SocialNetwork.Bluesky,
        CredentialField.AppPassword => network == SocialNetwork.Bluesky,
        CredentialField.Renewal => network is SocialNetwork.X or SocialNetwork.LinkedIn,
        CredentialField.Webhook => network is SocialNetwork.Facebook or SocialNetwork.Telegram,
        _ => network == SocialNetwork.LinkedIn,
    };
}
