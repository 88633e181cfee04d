using System.Text;

namespace SocialSandbox.Citizens;

/// <summary>Where a network pushes its events: the portal's address and secret, and whether to drop or forge them (tests of a lost or false webhook).</summary>
public sealed record WebhookTarget(string Network, string Url, string Secret, bool Drop = false, bool Forge = false);

/// <summary>Pushes a citizen's action to the subscribed address as the network would, and keeps the last event of each network so that a test can deliver it twice.</summary>
public sealed class WebhookSender(IEnumerable<IWebhookDialect> dialects, IHttpClientFactory clients, SandboxStore store)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WebhookTarget> _targets = [];
    private readonly Dictionary<string, string> _last = [];
    private readonly Dictionary<string, IWebhookDialect> _dialects = dialects.ToDictionary(d => d.Network);

    public void Subscribe(WebhookTarget target)
    {
        lock (_gate)
        {
            _targets[target.Network] = target;
        }
    }

    /// <summary>Sends the event for what was done; the network's answer status, or null when nothing was sent.</summary>
    public async Task<int?> SendAsync(string action, SandboxPost post, CancellationToken cancellationToken)
    {
        if (!_dialects.TryGetValue(post.Network, out var dialect) || dialect.Payload(action, post, store) is not { } payload)
        {
            return null;
        }

        lock (_gate)
        {
            _last[post.Network] = payload;
        }

        return await DeliverAsync(post.Network, payload, cancellationToken);
    }

    /// <summary>Sends the network's last event again, as networks do when they think it was not received.</summary>
    public Task<int?> ReplayAsync(string network, CancellationToken cancellationToken)
    {
        string? payload;
        lock (_gate)
        {
            payload = _last.GetValueOrDefault(network);
        }

        return payload is null ? Task.FromResult<int?>(null) : DeliverAsync(network, payload, cancellationToken);
    }

    private async Task<int?> DeliverAsync(string network, string payload, CancellationToken cancellationToken)
    {
        WebhookTarget? target;
        lock (_gate)
        {
            target = _targets.GetValueOrDefault(network);
        }

        if (target is null || target.Drop)
        {
            return null;
        }

        var body = Encoding.UTF8.GetBytes(payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        _dialects[network].Sign(request, body, target.Secret, target.Forge);
        using var response = await clients.CreateClient().SendAsync(request, cancellationToken);
        return (int)response.StatusCode;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _targets.Clear();
            _last.Clear();
        }
    }
}
