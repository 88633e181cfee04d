using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Syndication.Channels;

/// <summary>
/// A channel's secrets: an access token (or Telegram bot token); for renewable networks the refresh token and the
/// app's client id and secret; for Bluesky the app password and the session (access and refresh JWTs, and the DID).
/// </summary>
public sealed record ChannelCredentials(string AccessToken, string? RefreshToken = null, string? AppPassword = null)
{
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>The Bluesky account's DID, set with the session; without it there is no session yet.</summary>
    public string? Did { get; init; }

    /// <summary>What the network's webhooks are checked with: Meta's app secret, Telegram's secret token.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Meta's verify token, echoed back in the subscription check.</summary>
    public string? WebhookVerifyToken { get; init; }

    /// <summary>These credentials with every value <paramref name="update"/> carries; an empty value never erases a stored one.</summary>
    public ChannelCredentials With(ChannelCredentials update) => new(
        Pick(update.AccessToken, AccessToken) ?? "",
        Pick(update.RefreshToken, RefreshToken),
        Pick(update.AppPassword, AppPassword))
    {
        ClientId = Pick(update.ClientId, ClientId),
        ClientSecret = Pick(update.ClientSecret, ClientSecret),
        Did = Pick(update.Did, Did),
        WebhookSecret = Pick(update.WebhookSecret, WebhookSecret),
        WebhookVerifyToken = Pick(update.WebhookVerifyToken, WebhookVerifyToken),
    };

    private static string? Pick(string? update, string? stored) => string.IsNullOrWhiteSpace(update) ? stored : update.Trim();
}

/// <summary>Encrypts credentials at rest with ASP.NET Core Data Protection (keys in the database, shared by every node).</summary>
public sealed class CredentialProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Syndication.ChannelCredentials.v1");

    public string Protect(ChannelCredentials credentials) => _protector.Protect(JsonSerializer.Serialize(credentials));

    public ChannelCredentials Unprotect(string protectedCredentials) =>
        string.IsNullOrEmpty(protectedCredentials)
            ? new ChannelCredentials("")
            : JsonSerializer.Deserialize<ChannelCredentials>(_protector.Unprotect(protectedCredentials)) ?? new ChannelCredentials("");
}
