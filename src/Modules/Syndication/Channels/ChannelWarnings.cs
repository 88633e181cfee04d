using Portal.Syndication.Networks;

namespace Portal.Syndication.Channels;

/// <summary>The warnings of channels as they are stored: whether a channel renews its access depends on its secrets.</summary>
public sealed class ChannelWarnings(IEnumerable<ITokenClient> clients, CredentialProtector protector, TimeProvider clock)
{
    private readonly Dictionary<SocialNetwork, ITokenClient> _clients = clients.ToDictionary(c => c.Network);

    public bool Renews(Channel channel) =>
        _clients.TryGetValue(channel.Network, out var client) && client.CanRenew(protector.Unprotect(channel.ProtectedCredentials));

    /// <summary>The channel's warning; its secrets are decrypted only when an expiry makes them matter.</summary>
    public ChannelWarning? Of(Channel channel) =>
        ChannelWarning.Of(channel, channel is { TokenExpiresUtc: not null } or { RefreshExpiresUtc: not null } && Renews(channel), clock.GetUtcNow().UtcDateTime);
}
