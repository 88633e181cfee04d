using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Syndication.Channels;

/// <summary>A channel's secrets: an access token (or Telegram bot token), and for Bluesky an app password.</summary>
public sealed record ChannelCredentials(string AccessToken, string? RefreshToken = null, string? AppPassword = null);

/// <summary>Encrypts credentials at rest with ASP.NET Core Data Protection (keys under App_Data/keys).</summary>
public sealed class CredentialProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Syndication.ChannelCredentials.v1");

    public string Protect(ChannelCredentials credentials) => _protector.Protect(JsonSerializer.Serialize(credentials));

    public ChannelCredentials Unprotect(string protectedCredentials) =>
        string.IsNullOrEmpty(protectedCredentials)
            ? new ChannelCredentials("")
            : JsonSerializer.Deserialize<ChannelCredentials>(_protector.Unprotect(protectedCredentials)) ?? new ChannelCredentials("");
}
