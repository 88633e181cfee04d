using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Syndication.Connecting;

/// <summary>
/// The state and PKCE values of a connection, and the encryption of what is kept between its two legs. The state
/// is a random nonce with the channel id, protected with a time-limited Data Protection key: a forged or old one
/// does not open.
/// </summary>
public sealed class ConnectSecrets(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _state = provider.CreateProtector("Portal.Syndication.Connect.State.v1").ToTimeLimitedDataProtector();
    private readonly IDataProtector _stored = provider.CreateProtector("Portal.Syndication.Connect.Stored.v1");

    public static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 code challenge of a verifier (RFC 7636, section 4.2).</summary>
    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public string State(string nonce, int channelId) => _state.Protect($"{channelId}:{nonce}", Lifetime);

    /// <summary>The nonce and channel a state names; null when it was forged, altered or is too old.</summary>
    public (string Nonce, int ChannelId)? ReadState(string? state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return null;
        }

        try
        {
            var parts = _state.Unprotect(state).Split(':', 2);
            return int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var channelId) && parts.Length == 2
                ? (parts[1], channelId)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public string Protect<T>(T value) => _stored.Protect(JsonSerializer.Serialize(value));

    public T? Unprotect<T>(string value) => JsonSerializer.Deserialize<T>(_stored.Unprotect(value));
}
